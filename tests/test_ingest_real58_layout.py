"""Headlines and bylines around a page's chrome: a Russian cookie banner on the store's date line, a
speaker's office before a quoted headline, a reporter's credit in brackets ending with the
wire's day, a correspondent signing with her city. Each text is written for this test; it shows
one general pattern."""

from ingest_support import (
    parse,
    parse_page,
    read_title,
    PAGE_PARAGRAPHS_RU,
)


def test_a_russian_cookie_banner_on_the_date_line_is_not_the_headline():
    article = parse(" date 2024-03-02 На сайте используются cookies. Продолжая пользоваться сайтом, вы соглашаетесь с условиями\n"
                    "Мэр Заречья открыл новый мост через реку Быструю\n\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == "Мэр Заречья открыл новый мост через реку Быструю"


def test_a_speakers_office_before_the_quote_stays_in_the_headline():
    article = parse_page("Замглавы МИД Страны Петров: Минск может принять делегацию в будущем году\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == "Замглавы МИД Страны Петров: Минск может принять делегацию в будущем году"


def test_a_reporters_credit_in_brackets_ends_before_the_wire_day():
    article = parse_page("""
        某國總統抵達首都開始正式訪問
        【本報北京新聞中心記者王明20日電】某國總統於當地時間20日上午抵達首都機場,開始對該國進行正式訪問。雙方將舉行會談並簽署多項合作文件。
        當地媒體報道,這是兩國建交以來規模最大的一次訪問,受到各界廣泛關注。
        """)
    assert article.author == "王明"


def test_a_correspondent_signing_with_her_city_before_her_name_is_the_author():
    article = parse_page("""
        Мэр Заречья открыл новый мост через реку Быструю

        Мэр города Заречье открыл новый мост через реку Быструю, сообщает пресс-служба администрации. Строительство продолжалось два года.

        По словам мэра, мост разгрузит центр города и сократит время в пути для жителей северных районов.

        Пекин, Ольга Смирнова
        """)
    assert article.author == "Ольга Смирнова"
