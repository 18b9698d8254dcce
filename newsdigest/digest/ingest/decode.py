"""Turn an article file's bytes into clean Unicode text, or say clearly why that is impossible.

Pasted articles arrive as UTF-8, UTF-16 with a byte-order mark, Windows-1252, or UTF-8 that was
once read with the wrong code page (mojibake). ftfy repairs the common mojibake; it leaves the
cp1253 (Greek code page) kind alone, where an em dash became ``β€”`` or, with its tail lost, a
lone ``β``, so that case has a small repair of its own here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError
from ...readfile import ARTICLE_LIMIT

MAX_ARTICLE_BYTES = ARTICLE_LIMIT
"""A news article is rarely over 100 KB; 5 MB is a pasted archive or a wrong file."""

_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (perhaps a .docx)",
    b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program", b"RIFF": "a media file",
    b"\x00\x00\x01\x00": "an icon", b"BZh": "a bzip2 archive", b"7z\xbc\xaf": "a 7-zip archive",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
# What mojibake leaves behind: UTF-8 lead bytes read as Latin-1/cp1252 letters, C1 controls, HTML entities.
_SUSPECT = re.compile(r"[ÃÂâÅÄÐÑØ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                           r"\u2013-\u203a\u20ac\u2122]|[\u0080-\u009f]|&(?:[a-z]+|#\d+);|\ufffd")
# Characters cp1253 shows for the bytes of a UTF-8 sequence: Greek letters and Windows symbols.
_CP1253_RUN = re.compile(r"[\u0384-\u03ce][\u0080-\u00bf\u2013-\u203a\u20ac\u2122\u0192\u02c6\u0384-\u03ce]{1,2}")
_LONE_BETA = re.compile(r"(?<=\s)β(?=\s)")
_GREEK_WORD = re.compile(r"[\u0370-\u03ff]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


@dataclass(frozen=True)
class Decoded:
    """An article's text plus what had to be done to get it (for warnings, never silent)."""

    text: str
    encoding: str
    notes: tuple[str, ...]


def decode_article(path: Path, data: bytes) -> Decoded:
    """Decode and repair one article file; raise :class:`InputError` naming the file when it is not text.

    >>> decode_article(Path("a.txt"), "It fell \u03b2 sharply.".encode()).text
    'It fell \u2014 sharply.'
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(path, None, f"file is {len(data) / 1e6:.0f} MB; an article over "
                         f"{MAX_ARTICLE_BYTES // 2**20} MB is not read (is it really one article?)")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, None, f"this is {what}, not article text")
    text, encoding, notes = _to_text(path, data)
    if "\x00" in text:
        count = text.count("\x00")
        if count > max(8, len(text) // 100):
            raise InputError(path, None, "this looks like a binary file, not article text "
                             f"({count} NUL bytes)")
        notes.append(f"removed {count} NUL byte(s)")
    text = repair_text(text)
    if not text.strip():
        raise InputError(path, None, "the article is empty" if not data.strip()
                         else "the article holds no readable text")
    return Decoded(text, encoding, tuple(notes))


def repair_text(text: str) -> str:
    """Fix mojibake, line endings and invisible control characters; keep curly quotes as they are."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _repair_cp1253(text)
    if _SUSPECT.search(text):
        import ftfy  # imported only for text that shows mojibake or entities: it is slow to load and to run

        text = ftfy.fix_text(text, ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=True,
                                                         normalization="NFC", explain=False))
    return _CONTROL.sub("", text)


def _to_text(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", ""), []
            except UnicodeDecodeError as err:
                raise InputError(path, None, f"starts with a {codec} byte-order mark but is not "
                                 f"valid {codec} (byte {err.start})") from None
    if utf16 := _utf16_without_bom(data):
        try:
            return data.decode(utf16), "utf-16", [f"read as UTF-16 ({utf16[-2:].upper()}) without a byte-order mark"]
        except UnicodeDecodeError as err:
            raise InputError(path, None, f"looks like UTF-16 text without a byte-order mark, but is not valid "
                             f"UTF-16 (byte {err.start}); save it as UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    western = _try_cp1252(data)
    if western is not None:
        return western, "cp1252", ["not UTF-8; read as Windows-1252 (Western European)"]
    from charset_normalizer import from_bytes  # only for text that is neither UTF-8 nor Windows-1252

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, None, "cannot tell this file's text encoding; save it as UTF-8")
    return str(best), best.encoding, [f"not UTF-8; read as {best.encoding}"]


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text saved without a byte-order mark, else None.

    Text in a Latin script saved as UTF-16 has a zero byte beside nearly every letter, always on the
    same side (odd offsets little-endian, even ones big-endian); no text in a one-byte encoding or
    in UTF-8 has that shape. (UTF-16 without the mark in a script whose letters have no zero byte,
    such as Chinese, is left to charset-normalizer.)
    """
    sample = data[:4096]
    if len(sample) < 16:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd > 0.6 and even < 0.05:
        return "utf-16-le"
    if even > 0.6 and odd < 0.05:
        return "utf-16-be"
    return None


def _try_cp1252(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1) when the result reads like a Western language.

    charset-normalizer guesses cp1250 or mac_latin2 for short Western text ("déjà" becomes
    "déjŕ"), so the common case is settled first: in French, German or Spanish text only a small
    share of letters are accented, while Cyrillic or Greek text read as cp1252 is nearly all
    accented letters.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    return text if letters and accented <= 0.3 * len(letters) else None


def _repair_cp1253(text: str) -> str:
    """Undo UTF-8 read as cp1253: ``β€™`` back to ``’``; a lone ``β`` in Latin text back to ``—``."""

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            fixed = run.encode("cp1253").decode("utf-8")
        except UnicodeError:
            return run
        return fixed if fixed and not any("\u0370" <= c <= "\u03ff" for c in fixed) else run

    text = _CP1253_RUN.sub(fix, text)
    if not _GREEK_WORD.search(text):
        # In text without a single Greek word, a beta between spaces is a dash that lost its tail.
        text = _LONE_BETA.sub("\u2014", text)
    return unicodedata.normalize("NFC", text)
