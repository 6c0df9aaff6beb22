"""Headlines and credits: a paper's own reporters on a line of their own ('本報駐某國特派記者 王明
本報記者 李華●趙強') are the authors, not the headline; a wire's special-dispatch dateline alone on
its line ('某某社／ 某城30日專電'), a group photo's caption ('…合影'), a caption restating the
headline with its giver in brackets ('…。(某國外交部)') and the lines of a lead wrapped after its
date line are not the headline; a search form's label is no author; a wire's desk credited as
'AFP Staff Writers' is kept whole. Each text is written for this test; it shows one general pattern."""

from ingest_support import line_kind, parse, read_title, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_ZH

HEADLINE_EN = "Ministers agree on a new freight route between the two capitals"
HEADLINE_ZH = "兩國簽署新的貨運線路合作協議"


def test_a_papers_own_reporters_on_their_line_are_the_authors_not_the_headline():
    text = ("本報駐某國特派記者 王小明 本報記者 李華●趙志強 孫麗\n"
            "兩國官員周五舉行會談,討論貿易、交通和教育合作,並簽署了多項合作文件。雙方同意年底前開通一條新的貨運線路。\n"
            + PAGE_PARAGRAPHS_ZH)
    article = parse(text)
    assert read_title(article) is None
    assert article.author == "王小明, 李華, 趙志強, 孫麗"


def test_a_wires_special_dispatch_dateline_alone_is_not_the_headline():
    article = parse("某某社／ 曼谷30日專電\n" + PAGE_PARAGRAPHS_ZH)
    assert read_title(article) is None


def test_a_group_photos_caption_is_not_the_headline():
    assert line_kind("代表團和某市領導合影") == "caption"
    # a headline saying that they posed goes on after the word
    assert line_kind("某市領導會見代表團並合影留念") != "caption"
    article = parse("代表團和某市領導合影\n【本報訊】" + PAGE_PARAGRAPHS_ZH.strip() + "\n")
    assert read_title(article) is None


def test_a_caption_restating_the_headline_with_its_giver_in_brackets_is_not_the_headline():
    assert line_kind(HEADLINE_ZH + "。(某國外交部)") == "caption"
    article = parse(HEADLINE_ZH + "\n\n" + HEADLINE_ZH + "。(某國外交部)\n\n" + PAGE_PARAGRAPHS_ZH)
    assert read_title(article) == HEADLINE_ZH


def test_the_lines_of_a_lead_wrapped_after_its_date_line_are_not_the_headline():
    text = ("Example.news | 08.09.2024 | A delegation of the Northern district of the Minsk\n"
            "region will visit the Southern district from 7 to 11 September\n"
            "Central province to take part in the celebrations of the national\n"
            "independence day of the host country.\n"
            + PAGE_PARAGRAPHS_EN)
    assert read_title(parse(text)) is None


def test_a_search_forms_label_is_not_the_author():
    assert line_kind("Advanced Search") == "chrome"
    article = parse("Advanced Search\nBusiness | Metro | World | Sports\n\n" + HEADLINE_EN + "\n" + PAGE_PARAGRAPHS_EN)
    assert article.author is None


def test_a_wires_staff_writers_are_credited_whole():
    article = parse(" date 2025-06-16 " + HEADLINE_EN + "\n\n\nby AFP Staff Writers\n\n\n" + PAGE_PARAGRAPHS_EN)
    assert article.author == "AFP Staff Writers"
