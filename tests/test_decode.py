from pathlib import Path

import pytest

from newsdigest.digest.ingest.decode import MAX_ARTICLE_BYTES, decode_article
from newsdigest.errors import InputError

TEXT = "Alibaba’s shares — down 2.5% — fell in Hong Kong. Café owners noticed."


def test_utf16_with_bom_is_read():
    assert decode_article(Path("a.txt"), TEXT.encode("utf-16")).text == TEXT


def test_windows_1252_text_is_read_and_noted():
    decoded = decode_article(Path("a.txt"), TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert any("Windows-1252" in note for note in decoded.notes)


def test_utf8_read_as_cp1252_mojibake_is_repaired():
    broken = TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    assert decode_article(Path("a.txt"), broken).text == TEXT


def test_cp1253_mojibake_and_a_lone_beta_become_dashes():
    broken = "The mention of AGI β AI systems β is new. Alibaβ€™s plan β€” big.".encode()
    assert decode_article(Path("a.txt"), broken).text == \
        "The mention of AGI — AI systems — is new. Aliba’s plan — big."


def test_greek_text_keeps_its_letters():
    greek = "Η κυβέρνηση ανακοίνωσε β φάση του σχεδίου."
    assert decode_article(Path("a.txt"), greek.encode()).text == greek


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"  \n\t \n", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    (b"\x00\x01\x02" * 400, "binary"),
])
def test_non_text_is_refused_with_the_file_named(data, words):
    with pytest.raises(InputError) as err:
        decode_article(Path("seeds/s/bad.txt"), data)
    assert err.value.path == "seeds/s/bad.txt"
    assert words.lower() in err.value.message.lower()


def test_an_oversized_file_is_refused_before_decoding():
    with pytest.raises(InputError, match="MB"):
        decode_article(Path("big.txt"), b"a" * (MAX_ARTICLE_BYTES + 1))


def test_stray_nul_bytes_are_removed_and_noted():
    decoded = decode_article(Path("a.txt"), b"Some text\x00 about a story that matters to readers.")
    assert "\x00" not in decoded.text
    assert any("NUL" in n for n in decoded.notes)
