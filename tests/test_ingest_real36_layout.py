"""Headlines among a page's leftovers: a picture's file name, a caption noting an old photo, a
section's name printed as the breadcrumb's last step and again as a heading, a page title cut
short above the article. Each text is written for this test; it shows one general pattern."""
from ingest_support import parse_page as parse, read_title


PARAGRAPHS_EN = """
MINSK, 3 May – Officials of the two countries met in Minsk on Friday to discuss trade, transport and education, and signed several cooperation documents.

Both sides agreed to open a new freight route before the end of the year, making travel and trade between the two countries easier.
"""

PARAGRAPHS_RU = """
Делегация провинции провела в Минске переговоры о расширении торговли, транспорта и образования и подписала несколько документов о сотрудничестве.

Стороны договорились открыть новый грузовой маршрут до конца года, чтобы облегчить поездки и торговлю между двумя странами.
"""


def test_a_file_name_is_never_a_headline():
    for name in ("Баннер для главной 900х200.jpg", "Program of the forum 2024.pdf"):
        article = parse("""
            Вверх

            """ + name + """


            Новый грузовой маршрут откроют до конца года

            15:20 / 04.05.2024
            """ + PARAGRAPHS_RU)
        assert read_title(article) == "Новый грузовой маршрут откроют до конца года", name


def test_a_caption_noting_an_archive_photo_is_no_headline():
    article = parse("""
        All news
        4 May 2024, 10:15

        Trade, transport and education on the agenda of the visit

        Minsk. An archive photo
        Minsk. An archive photo
        """ + PARAGRAPHS_EN)
    assert read_title(article) == "Trade, transport and education on the agenda of the visit"


def test_a_section_name_after_its_breadcrumb_yields_to_the_headline_above_the_date():
    article = parse("""
        Областной исполнительный комитет
        Главная | Новости | Промышленность и экономика региона
        Промышленность и экономика региона

        Область посещает делегация дружественной провинции

        04.05.2024
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Область посещает делегация дружественной провинции"


def test_a_breadcrumb_ending_with_the_headline_still_gives_the_headline():
    article = parse("""
        Главная | Новости | Область посещает делегация дружественной провинции
        Область посещает делегация дружественной провинции

        04.05.2024
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Область посещает делегация дружественной провинции"


def test_a_page_title_cut_short_above_the_article_is_not_where_it_starts():
    article = parse("""
        Страница клуба Новости спорта Делегация федерации отправилась в далёкую страну с визи...
        0
        1200

        Делегация федерации отправилась в далёкую страну

        В повестке – расширение сотрудничества.

        Делегация федерации отправилась в далёкую страну
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Делегация федерации отправилась в далёкую страну"


PARAGRAPHS_ZH_TW = """
外交部今日表示,兩國關係穩定發展,雙方將持續深化在經貿、教育與文化等領域的合作,並於年底前舉行新一輪會談。

外交部強調,我國將持續與理念相近的夥伴加強合作,共同維護區域和平與穩定。
"""


def test_a_reporter_credit_after_an_outlet_with_a_latin_brand_names_the_author():
    article = parse("""
        兩國關係穩定發展 外交部:持續深化合作


        ABC新聞網記者王小明/台北報導
        """ + PARAGRAPHS_ZH_TW)
    assert article.author == "王小明"
