"""Language tools every stage shares: content words, clauses, names, noun phrases, dates and tense."""
