"""decode_bytes: encodings, BOMs, binaries and control bytes."""
import pytest

from despatch.ingest import decode_bytes

ARTICLE_RU = "В Минске открылся Год китайского языка\n\nМИНСК, 12 марта /БЕЛТА/ - Год китайского языка открылся в Минске.\n"
ARTICLE_ZH = "中白两国签署农业合作协议\n\n人民网北京3月17日电 中国和白俄罗斯17日在北京签署农业合作协议。\n"
ARTICLE_LATIN = "Frédéric Müller: «naïve» partnership\n\nTickets cost £12 or ½ price; it was +5°C in Minsk.\n"


def test_plain_utf8_is_read_as_is():
    text, messages = decode_bytes("Минск и Пекин".encode(), "a.txt")
    assert text == "Минск и Пекин" and messages == []


@pytest.mark.parametrize("bom, encoding", [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_byte_order_marks_choose_the_encoding_and_are_dropped(bom, encoding):
    text, _ = decode_bytes(bom + ARTICLE_RU.encode(encoding), "a.txt")
    assert text == ARTICLE_RU and "\ufeff" not in text


@pytest.mark.parametrize(
    "article, encoding",
    [(ARTICLE_RU, "cp1251"), (ARTICLE_ZH, "gb18030"), (ARTICLE_ZH, "gbk"), (ARTICLE_LATIN, "latin-1"), (ARTICLE_LATIN, "cp1252")],
)
def test_legacy_encodings_are_told_apart_by_plausibility(article, encoding):
    text, messages = decode_bytes(article.encode(encoding), "a.txt")
    assert text == article
    assert any("not UTF-8" in m.text for m in messages)


def test_crlf_and_cr_become_lf():
    text, _ = decode_bytes(b"\xef\xbb\xbfTitle line\r\n\r\nBody.\rMore.", "a.txt")
    assert text == "Title line\n\nBody.\nMore."


@pytest.mark.parametrize("data, error", [(b"", "empty file"), (b"  \n\n ", "empty file"), (b"\xff\xd8\xff\xe0" + bytes(500), "not a text file"), (b"\x89PNG\r\n\x1a\n" + bytes(100), "not a text file"), (bytes(1000), "not a text file")])
def test_empty_and_binary_files_are_refused(data, error):
    text, messages = decode_bytes(data, "bad.txt")
    assert text is None
    assert messages[0].level == "error" and error in messages[0].text


def test_control_bytes_and_whole_escape_sequences_are_removed_with_a_warning():
    raw = "Belarus\x00, China \x1b[2J\x1b[31mhold\x1b[0m\x07 talks\x0b on \x08\x08customs\x1b]8;;https://evil.example\x1b\\cooperation\x1b]8;;\x1b\\\n"
    text, messages = decode_bytes(raw.encode(), "a.txt")
    assert text == "Belarus, China hold talks on customs cooperation\n"
    assert any("control" in m.text for m in messages)
    assert not any(c in str(m) for m in messages for c in "\x00\x1b\x07")


def test_utf8_cut_in_the_middle_of_a_character_stays_utf8():
    data = "中白两国签署农业合作协议。上海合作".encode()[:-1]
    text, messages = decode_bytes(data, "cut.txt")
    assert text.startswith("中白两国签署农业合作协议。上海合") and text.endswith("\ufffd")
    assert any("broken characters" in m.text for m in messages)


def test_latin1_with_a_single_accent_is_not_taken_for_broken_utf8():
    text, _ = decode_bytes("Minsk caf\u00e9 owners welcomed the Chinese delegation.".encode("latin-1"), "a.txt")
    assert "café" in text


def test_a_file_name_with_control_bytes_is_cleaned_in_messages():
    _, messages = decode_bytes(b"", "evil\x1b[2J\x07.txt")
    assert str(messages[0]) == "evil.txt: error: empty file"


def test_utf16_without_a_bom_is_recognized_by_its_zero_bytes():
    article = "Belarus, China sign deal\n\nMINSK, 1 March (BelTA) - The sides signed a trade deal.\n"
    text, _ = decode_bytes(article.encode("utf-16-le"), "a.txt")
    assert text == article
