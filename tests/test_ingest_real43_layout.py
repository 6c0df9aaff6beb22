"""Headlines and bylines among a page's leftovers: a photo's caption closing on its agency's
credit, a viewer's or an archive's page label, a site's slogan, font-size buttons after the
headline, a menu's arrows before 'make this your home page', a stamp glued to the headline's
last letter, and bylines printed after a stamp, after an agency in a dateline or before a cut
label. Each text is written for this test; it shows one general pattern."""

from despatch.ingest.lines import is_chrome
from despatch.ingest.settings import load_patterns
from ingest_support import (
    parse_page as parse,
    read_title,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH as PARAGRAPHS_ZH,
    PAGE_PARAGRAPHS_RU as PARAGRAPHS_RU,
)


def test_a_caption_closing_on_its_photo_agencys_credit_is_no_headline():
    article = parse("The two ministers shake hands before their talks in Minsk, Belarus, Friday, May 3, 2024. - AP\n"
                    + PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_viewers_channel_link_and_an_archives_label_are_no_headlines():
    assert read_title(parse("我的頻道\n" + PARAGRAPHS_ZH)) is None
    assert read_title(parse("News archive\n" + PARAGRAPHS_EN)) is None


def test_a_sites_name_with_its_slogan_is_no_headline():
    article = parse("Steppe Digest - a story for you\n" + PARAGRAPHS_EN)
    assert read_title(article) is None


def test_font_size_buttons_after_the_headline_are_cut():
    for buttons in ("放大 缩小", "字号:大 中 小"):
        article = parse(f"两国开通新货运线路 {buttons}\n\n来源:新华网 发布日期:2024-05-03\n" + PARAGRAPHS_ZH)
        assert read_title(article) == "两国开通新货运线路", buttons


def test_a_home_page_prompt_after_a_menus_arrows_is_no_headline():
    article = parse(">>  设为首页   本站导航   关于我们\n\n注册 | 登录\n" + PARAGRAPHS_ZH)
    assert read_title(article) is None


def test_a_date_and_time_glued_to_the_headlines_last_letter_leave_the_headline():
    article = parse("""
        Сайт > Новости > Стороны открыли новый маршрут
        Стороны открыли новый маршрут03-05-2024, 10:15. Разместил: Редакция |
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Стороны открыли новый маршрут"


def test_an_agencys_correspondent_named_after_it_in_the_dateline_is_the_author():
    article = parse("МИНСК, 3 мая - РИА Новости, Анна Петрова. Стороны обсудили торговлю и транспорт, "
                    "заявил посол.\n" + PARAGRAPHS_RU)
    assert article.author == "Анна Петрова"


def test_a_writer_after_a_stamp_and_the_papers_name_is_the_author():
    article = parse("两国开通新货运线路\n\n2024年5月3日 10:20 草原时报 王小明\n" + PARAGRAPHS_ZH)
    assert article.author == "王小明"


def test_a_name_before_its_cut_off_label_closing_the_page_is_the_author():
    article = parse("Стороны открыли новый маршрут\n" + PARAGRAPHS_RU + "\nАнна Петрова Автор: Ан\n")
    assert article.author == "Анна Петрова"


def test_the_pages_title_with_its_outlets_name_is_the_headline_without_the_name():
    article = parse("两国开通新货运线路:双方同意扩大合作 - 彭博社\n" + PARAGRAPHS_ZH)
    assert read_title(article) == "两国开通新货运线路:双方同意扩大合作"


def test_a_browser_note_and_an_adult_content_gate_are_chrome():
    patterns = load_patterns()
    for line in ("為達最佳瀏覽效果,建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
                 "您即將進入之新聞內容 需滿18歲 方可瀏覽。",
                 "依「電腦網路內容分級處理辦法」的規定,本站已於網站首頁及各該限制級網頁依規定作出標示。",
                 "請至Edge官網下載 請至FireFox官網下載"):
        assert is_chrome(line, patterns), line


def test_a_caption_closing_on_its_agency_after_its_full_stop_is_no_headline():
    article = parse("兩國官員在會談前握手,並簽署了合作文件。(路透)\n" + PARAGRAPHS_ZH)
    assert read_title(article) is None


def test_an_accounts_handle_after_the_author_label_is_no_author_but_a_name_before_junk_is():
    assert parse("两国开通新货运线路\n\n发表于 2024-05-03 作者: 草原资讯速递pro\n" + PARAGRAPHS_ZH).author is None
    assert parse("两国开通新货运线路\n\n作者:王明AbC某某百科网\n" + PARAGRAPHS_ZH).author == "王明"


def test_a_breadcrumb_from_the_sites_home_link_is_chrome_between_spam_and_the_headline():
    article = parse("""
        某某站点推荐,精彩内容,点击进入观看更多视频合集

        草原网首页 | 观点

        【草原网评】两国开通新货运线路,拓宽合作之路

        2024-05-03 来源:草原网 作者:王明
        """ + PARAGRAPHS_ZH)
    assert read_title(article) == "【草原网评】两国开通新货运线路,拓宽合作之路"


def test_a_deck_quoting_a_speaker_run_on_after_the_headline_is_cut_but_a_headline_opening_with_one_is_kept():
    article = parse("Минск и Ханой хотят открыть новый маршрут при одном условии Петров: стороны могут "
                    "запустить грузовой поезд уже осенью\n" + PARAGRAPHS_RU)
    assert read_title(article) == "Минск и Ханой хотят открыть новый маршрут при одном условии"
    article = parse("Петров: стороны могут запустить грузовой поезд уже осенью этого года\n" + PARAGRAPHS_RU)
    assert read_title(article) == "Петров: стороны могут запустить грузовой поезд уже осенью этого года"
