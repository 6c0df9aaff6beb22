"""Source rules from the real163-168 pages: the outlet named in its own appeal for readers' support or
follows ('Please support X by …', 'X survived … thanks to its readers', 'подпишитесь на канал X в Telegram');
a collage credited 'by' the outlet; a story signed under its text by a writer and the agency; the outlet's
correspondent at work in the lead ('корреспондент «X» поговорила с …', 'корр. X стало известно'); a dated
sign-off run on at the end of the last paragraph ('/// X, 26 January 2023'); the site named on the stamp
line beside its own address or after a labelled Chinese publication date. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _en(*extra: str, before: str = "") -> str:
    parts = [EN_TITLE, *([before] if before else []), EN_STORY, EN_STORY, *extra]
    return "\n\n".join(parts) + "\n"


def _ru(*extra: str, before: str = "") -> str:
    parts = [RU_TITLE, *([before] if before else []), RU_STORY, RU_STORY, *extra]
    return "\n\n".join(parts) + "\n"


# --- the outlet's own appeal for support --------------------------------------------------------------

@pytest.mark.parametrize("appeal", [
    "Please support Novaya Gazeta by signing up for a monthly donation.",
    "Good journalism costs money. Support Kun.uz with a small donation today.",
    "Help Zerkalo stay independent: every contribution counts.",
    "Novaya Gazeta survived another year thanks to its readers!",
    "Kun.uz exists only thanks to our readers and subscribers.",
])
def test_an_english_appeal_for_support_names_the_page_outlet(appeal):
    assert parse(_en(appeal)).source in {"Novaya Gazeta", "Kun.uz", "Zerkalo"}


@pytest.mark.parametrize("appeal, outlet", [
    ("Поддержите «Новую газету», оформив ежемесячное пожертвование.", "Novaya Gazeta"),
    ("«Зеркало» существует только благодаря читателям.", "Zerkalo"),
    ("Чтобы следить за важными новостями, подпишитесь на канал Зеркало в Telegram.", "Zerkalo"),
    ("Подписывайтесь на канал Наша Ніва в Telegram и читайте главное.", "Nasha Niva"),
])
def test_a_russian_appeal_for_support_or_follows_names_the_page_outlet(appeal, outlet):
    assert parse(_ru(appeal)).source == outlet


@pytest.mark.parametrize("sentence", [
    "Local charities asked residents to support the Red Cross by donating blood.",
    "Officials urged the public to support the new park by volunteering.",
    "Жители поддержите инициативу, сказал глава района.",
])
def test_an_appeal_for_someone_else_names_no_outlet(sentence):
    assert parse(_en(sentence) if sentence.isascii() else _ru(sentence)).source is None


# --- a collage credited 'by' the outlet ---------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    "The ministers met in the capital / Collage by Kursiv.media",
    "The ministers met in the capital | Collage by Vlast.kz",
    "Министры встретились в столице / Коллаж от Zerkalo.io",
])
def test_a_collage_by_the_outlet_names_it(caption):
    text = _en(before=caption) if caption.isascii() else _ru(before=caption)
    assert parse(text).source in {"Kursiv", "Vlast.kz", "Zerkalo"}


# --- a writer and the agency signing under the story --------------------------------------------------

@pytest.mark.parametrize("signature, agency", [
    ("А. Каримов, Кабар.", "Kabar"),
    ("Б.Т. Саидова, Ховар", "Khovar"),
    ("Ольга Нестерова, Интерфакс.", "Interfax"),
    ("J. Doe (AKIpress)", "AKIpress"),
])
def test_a_writer_and_agency_under_the_story_name_the_agency(signature, agency):
    text = _ru(signature) if not signature.isascii() else _en(signature)
    assert parse(text).source == agency


def test_a_writer_and_an_office_under_the_story_name_no_outlet():
    assert parse(_ru("А. Каримов, пресс-служба хокимията.")).source is None


# --- the outlet's correspondent at work ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, outlet", [
    ("О том, что ждёт проект, корреспондент «Кабар» поговорила с экспертом.", "Kabar"),
    ("Проект реализуется ускоренно. Об этом корр. Интерфакс стало известно в компании.", "Interfax"),
    ("Корреспонденту Казинформ стало известно о новых планах завода.", "Kazinform"),
    ("Наш корреспондент Кабар побывал на новом заводе.", "Kabar"),
    ("A Kabar correspondent visited the new plant on the border.", "Kabar"),
])
def test_the_correspondent_at_work_names_the_outlet(sentence, outlet):
    text = _en(before=sentence) if sentence.isascii() else _ru(before=sentence)
    assert parse(text).source == outlet


def test_a_correspondent_spoken_to_names_no_outlet():
    assert parse(_ru(before="Директор завода рассказал корреспонденту Кабар о планах.")).source is None


# --- a dated sign-off run on at the end of the story ---------------------------------------------------

@pytest.mark.parametrize("ending, outlet", [
    (EN_STORY + " /// Trend, 26 January 2023", "Trend News Agency"),
    (EN_STORY + " // AKIpress, 3 March 2021.", "AKIpress"),
    (RU_STORY + " — Интерфакс, 12 мая 2020 г.", "Interfax"),
])
def test_a_run_on_dated_sign_off_names_the_outlet(ending, outlet):
    text = _en(ending) if ending.isascii() else _ru(ending)
    assert parse(text).source == outlet


def test_a_run_on_sign_off_of_a_city_names_no_outlet():
    assert parse(_en(EN_STORY + " /// Tashkent, 26 January 2023")).source is None


# --- the site named on the stamp line -------------------------------------------------------------------

@pytest.mark.parametrize("stamp, site", [
    ("2017-09-24 15:59:43 | 某某热线 | www.mmrx.net", "某某热线"),
    ("2021-05-03 | Steppe Online | steppeonline.kz", "Steppe Online"),
    ("  • 发布日期:2025-03-10     某某信息网", "某某信息网"),
    ("发布时间：2024-11-02 08:30  某某日报", "某某日报"),
])
def test_the_site_named_on_the_stamp_line_is_the_source(stamp, site):
    body = [ZH_STORY, ZH_STORY] if not stamp[-1].isascii() or "某" in stamp else [EN_STORY, EN_STORY]
    title = ZH_TITLE if body[0] == ZH_STORY else EN_TITLE
    text = "\n\n".join([title, stamp, *body]) + "\n"
    assert parse(text).source == site


def test_an_unlabelled_chinese_name_after_a_date_is_not_taken():
    text = "\n\n".join([ZH_TITLE, "2025-03-10     某某信息网", ZH_STORY, ZH_STORY]) + "\n"
    assert parse(text).source != "某某信息网"


# --- 'X understands that': the outlet's own formula for what it learnt ---------------------------------

@pytest.mark.parametrize("sentence, outlet", [
    ("Kun.uz understands that the loan repayments will end next spring.", "Kun.uz"),
    ("The talks stalled in May. Vlast.kz understands that a new round is planned.", "Vlast.kz"),
    (EN_STORY + " Novaya Gazeta understands that the bank will keep the terms.", "Novaya Gazeta"),
])
def test_an_outlet_that_understands_names_itself(sentence, outlet):
    assert parse(_en(sentence)).source == outlet


def test_a_person_who_understands_names_no_outlet():
    assert parse(_en("The minister understands that the loan will end next spring.")).source is None


# --- a Chinese paper's imprint naming its house -----------------------------------------------------------

@pytest.mark.parametrize("imprint, paper, over", [
    ("国内统一刊号:CN43-0000 湖南日报社出版广告热线:1234567", "Hunan Daily", True),
    ("主办：解放日报社  版权所有", "Jiefang Daily", False),
    ("本刊由某某印刷厂印刷 文汇报社编辑出版", "Wen Wei Po", False),
])
def test_a_chinese_paper_imprint_names_the_paper(imprint, paper, over):
    parts = [imprint, ZH_TITLE, ZH_STORY, ZH_STORY] if over else [ZH_TITLE, ZH_STORY, ZH_STORY, imprint]
    assert parse("\n\n".join(parts) + "\n").source == paper


def test_an_imprint_of_an_office_names_no_outlet():
    assert parse("\n\n".join([ZH_TITLE, ZH_STORY, ZH_STORY, "主办：某某县人民政府"]) + "\n").source is None


@pytest.mark.parametrize("stamp", ["2017-09-24 15:59:43 | 作者: 王某 | www.mmrx.net", "2017-09-24 | 阅读 1234 | www.mmrx.net"])
def test_a_labelled_cell_beside_the_address_names_no_site(stamp):
    text = "\n\n".join([ZH_TITLE, stamp, ZH_STORY, ZH_STORY]) + "\n"
    assert parse(text).source is None
