"""Headlines and bylines among a page's leftovers: a post's metadata run, a state's formal name
as a guide's label, a breadcrumb with its arrows lost, a note of what is being read, a source in
pinyin in a Chinese page's stamp, an office before a newsmaker's name, a translator's task after a
reporter's name. Each text is written for this test; it shows one general pattern."""
from ingest_support import parse_page as parse, read_title


PARAGRAPHS_EN = """
MINSK, 3 May – Officials of the two countries met in Minsk on Friday to discuss trade, transport and education, and signed several cooperation documents.

Both sides agreed to open a new freight route before the end of the year, making travel and trade between the two countries easier.
"""

PARAGRAPHS_ZH = """
两国官员周五在明斯克举行会谈,讨论贸易、交通和教育合作,并签署了多项合作文件。双方同意年底前开通一条新的货运线路。
双方表示,新线路将使两国之间的旅行和贸易更加便利,并将进一步扩大人文交流。
"""

PARAGRAPHS_RU = """
Утром 3 мая руководители двух стран провели переговоры в Минске и обсудили торговлю, транспорт и образование, подписав несколько документов.

Стороны договорились открыть новый грузовой маршрут до конца года, чтобы облегчить поездки и торговлю между двумя странами.
"""


def test_a_posts_metadata_run_is_no_headline_and_names_its_poster():
    article = parse("""
        时间:03-12人气:25作者:清风明月客
        """ + PARAGRAPHS_ZH)
    assert read_title(article) is None
    assert article.author == "清风明月客"


def test_the_sites_staff_in_the_author_field_is_no_name():
    article = parse("""
        新货运线路年底前开通
        时间:2024-05-04人气:作者: 小编
        """ + PARAGRAPHS_ZH)
    assert article.author is None


def test_a_states_formal_name_is_a_label_not_a_headline():
    for label in ("白俄羅斯共和國", "The Republic of Belarus"):
        article = parse(label + "\n" + PARAGRAPHS_ZH)
        assert read_title(article) is None, label


def test_a_breadcrumb_from_the_home_page_is_no_headline_and_from_names_the_writer():
    article = parse("""
        Home page politics

        From: Maria Lindqvist
        """ + PARAGRAPHS_EN)
    assert read_title(article) is None
    assert article.author == "Maria Lindqvist"


def test_a_note_of_what_is_being_read_is_not_part_of_the_headline():
    article = parse("""
        You're reading: New freight route to open between the two countries

        4 May 2024
        """ + PARAGRAPHS_EN)
    assert read_title(article) == "New freight route to open between the two countries"


def test_latin_words_in_a_chinese_pages_stamp_are_no_writer():
    article = parse("""
        两国官员在明斯克会谈 新货运线路年底前开通
        Xin Wen Wang·2024-05-04 10:15
        """ + PARAGRAPHS_ZH)
    assert article.author is None


def test_an_office_before_a_name_is_a_newsmaker_not_a_byline():
    article = parse("""
        Президент встретился с делегацией провинции в Минске
        04.05.2024
        """ + PARAGRAPHS_RU + """
        Председатель Ли
        """)
    assert article.author is None


def test_a_translators_task_after_the_reporters_name_is_not_a_name():
    article = parse("""
        兩國官員在明斯克會談 新貨運線路年底前開通
        2024-05-04 10:15
        【記者王小明/編譯】
        """ + PARAGRAPHS_ZH)
    assert article.author == "王小明"


def test_a_wires_reporter_between_slashes_after_its_name():
    article = parse("""
        Стороны откроют новый грузовой маршрут до конца года

        МИНСК. 4 мая. АГЕНТСТВО /Ольга Мельник/ - Руководители двух стран провели переговоры в Минске и обсудили торговлю, транспорт и образование.

        Стороны договорились открыть новый грузовой маршрут до конца года, чтобы облегчить поездки и торговлю между странами.
        """)
    assert article.author == "Ольга Мельник"


def test_a_reposted_storys_credit_after_its_headline_names_the_writer():
    article = parse("""
        New freight route to open between the two countries – by Maria Lindqvist (Wire Service – May 4, 2024)
        """ + PARAGRAPHS_EN)
    assert article.author == "Maria Lindqvist"


def test_a_papers_reporter_between_slashes():
    article = parse("""
        兩國官員在明斯克會談 新貨運線路年底前開通
        2024-05-04 10:15
        某某報／ 記者王小明／綜合報導
        """ + PARAGRAPHS_ZH)
    assert article.author == "王小明"


def test_a_sites_translator_glued_to_its_name_before_the_date():
    article = parse("""
        兩國官員在明斯克會談 新貨運線路年底前開通
        某某網編譯王小明 2024-05-04 10:15
        """ + PARAGRAPHS_ZH)
    assert article.author == "王小明"


def test_a_name_before_the_dates_label():
    article = parse("""
        兩國官員在明斯克會談 新貨運線路年底前開通
        王小明 發布時間:2024-05-04 10:15:00
        """ + PARAGRAPHS_ZH)
    assert article.author == "王小明"


def test_a_name_glued_to_a_mail_address():
    article = parse("""
        兩國官員在明斯克會談 新貨運線路年底前開通
        2024-05-04 10:15
        王小明wangxm@example.cn
        """ + PARAGRAPHS_ZH)
    assert article.author == "王小明"
