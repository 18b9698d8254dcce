"""Reading a story folder: decoding, markup, page furniture, sentences, each article's own date."""
