"""The summary stage: one wording per claim, cited, within a word budget, in story order."""
