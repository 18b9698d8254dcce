"""The facts stage: figures, their owners and periods, merged across sources, and where sources disagree."""
