"""Content files: the generated YAML and Markdown other tools read, the hand-written ones, and their schemas."""
