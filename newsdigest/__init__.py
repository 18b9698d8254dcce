"""newsdigest: several reports of one story, read side by side and stated once, as a static site."""

__version__ = "0.1.0"
