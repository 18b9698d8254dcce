"""The digest: pure stages from a story folder's articles to typed records (story, claims, facts, events).

Nothing here reads a build setting, writes a file or imports :mod:`newsdigest.build` or :mod:`newsdigest.site`.
"""
