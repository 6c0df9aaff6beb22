"""Ingest rules for the language, authors and captions drawn from a thirteenth held-out set of
real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


# --- the language -------------------------------------------------------------


def test_page_with_an_appended_translation_is_in_its_first_language():
    english = "\n\n".join([EN_STORY] * 6)
    text = (
        "首页 > 新闻\n\n发布时间:2024-05-06 10:12 | 来源:新华社 | 责任编辑:王明\n\n"
        f"新华社北京5月6日电 {ZH_STORY}\n\nPark gathers partners for autumn review\n\n{english}\n"
    )
    assert parse(text).language == "zh"


def test_an_english_page_on_a_site_with_chinese_labels_stays_english():
    text = f"发布时间:2024-05-06 10:12 | 来源:新华社\n\nPark gathers partners for autumn review\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).language == "en"


def test_a_date_without_words_does_not_vote_for_the_lead_s_language():
    chinese = "\n\n".join([ZH_STORY] * 4)
    text = f"工业园区迎来新伙伴\n\n2024-05-06 10:12\n\n{EN_STORY}\n\n{chinese}\n"
    assert parse(text).language == "zh"


# --- the author ---------------------------------------------------------------


def test_author_box_with_the_job_glued_after_the_name():
    text = (
        f"Парк принял новых резидентов\n\n12.03.2024 10:50\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
        "Ольга Седова Автор: Ольга Седова Редактор интернет-ресурса\n"
    )
    assert parse(text).author == "Ольга Седова"


def test_taiwanese_desk_slash_reporter_reports_is_the_byline():
    text = f"工業園區迎來新夥伴\n\n政治中心/林美華報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "林美華"


def test_desk_s_compiled_report_names_no_author():
    text = f"工業園區迎來新夥伴\n\n國際中心/綜合報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_photo_source_in_brackets_is_a_caption_and_its_author_no_byline():
    caption = "外交部表示,雙方將繼續推動合作。(圖取自Flickr;作者總統府)"
    text = f"工業園區迎來新夥伴\n{caption}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.author is None
    assert caption in article.captions


# --- a proposed headline ------------------------------------------------------


def test_proposed_title_starts_after_a_dateline_with_the_agency_after_the_date():
    text = f"МИНСК, 12 мар – Sputnik. Парк принял трех новых резидентов из Китая. {RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.title_proposed and article.title == "Парк принял трех новых резидентов из Китая"


def test_proposed_title_leaves_out_the_reporters_after_the_dateline():
    text = f"新华社北京5月6日电(记者张明 李华)工业园区迎来三家新企业。{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed and article.title == "工业园区迎来三家新企业"


def test_proposed_title_ends_at_a_chinese_full_stop_with_no_space_after_it():
    text = f"工业园区迎来三家新企业,总投资超过十亿元。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "工业园区迎来三家新企业,总投资超过十亿元"


# --- captions and chrome under the headline -----------------------------------


def test_picture_text_with_its_owner_after_the_copyright_sign_is_a_caption_not_the_deck():
    caption = "Парк принял новых резидентов © Пресс-служба парка"
    text = f"Парк принял новых резидентов\n\nПоделиться\n{caption}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.subtitle is None
    assert caption in article.captions


def test_copyright_notice_is_not_a_caption():
    notice = "Все права защищены © Пресс-служба парка"
    text = f"Парк принял новых резидентов\n\n{RU_STORY}\n\n{RU_STORY}\n\n{notice}\n"
    assert notice not in parse(text).captions


def test_share_widget_with_its_services_is_not_the_deck():
    text = f"工業園區迎來新夥伴\n\n2024-05-06 HKT 16:00\n分享工具 facebook\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title == "工業園區迎來新夥伴" and article.subtitle is None
