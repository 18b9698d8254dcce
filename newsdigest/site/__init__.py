"""The site: pages, charts, citations and data exports rendered from the content files."""
