"""Source rules from the real194-196 pages: other countries' foreign ministries and heads of state's offices
in the registry (their names in their own languages, English, Russian and Chinese); an editor's note signed
with the site's bare name ('- прим. news.by'); an outlet's name run into the page's read counter; a stamp's
source cell wrapped whole in brackets; a working committee's office in a government site's source label (a
department, no outlet); a site's appeal for members naming itself; a Chinese wire head opening the lead under
a paper's source label (the wire's copy). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Two countries agree to open new freight route before winter"
RU_TITLE = "Делегация области обсудила новый грузовой маршрут"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _page(head: str, story: str, closing: str = "") -> str:
    return f"{head}\n\n{story} {story}\n\n{story}\n\n{closing}\n"


# --- other countries' foreign ministries and heads of state's offices --------------------------

@pytest.mark.parametrize("label, ministry", [
    ("Source: MPPRE", "Ministry of Foreign Affairs of Venezuela"),
    ("Source: Ministerio del Poder Popular para Relaciones Exteriores", "Ministry of Foreign Affairs of Venezuela"),
    ("Source: Iraqi Foreign Ministry", "Ministry of Foreign Affairs of Iraq"),
    ("Source: Kemlu RI", "Ministry of Foreign Affairs of Indonesia"),
    ("Source: Ministry of External Affairs", "Ministry of External Affairs of India"),
    ("Source: Auswärtiges Amt", "Federal Foreign Office of Germany"),
    ("Source: MINREX", "Ministry of Foreign Affairs of Cuba"),
    ("Source: Rashtrapati Bhavan", "President of India"),
])
def test_other_countries_foreign_ministries_and_presidents_offices_are_registered(label, ministry):
    assert parse(_page(f"{EN_TITLE}\n\n{label}", EN_STORY)).source == ministry


@pytest.mark.parametrize("label, ministry", [
    ("Источник: МИД Турции", "Ministry of Foreign Affairs of Turkey"),
    ("Источник: МИД Венесуэлы", "Ministry of Foreign Affairs of Venezuela"),
])
def test_foreign_ministries_in_russian(label, ministry):
    assert parse(_page(f"{RU_TITLE}\n\n{label}", RU_STORY)).source == ministry


@pytest.mark.parametrize("label, ministry", [
    ("来源:日本外务省", "Ministry of Foreign Affairs of Japan"),
    ("来源:伊拉克外交部", "Ministry of Foreign Affairs of Iraq"),
    ("來源:印尼外交部", "Ministry of Foreign Affairs of Indonesia"),
])
def test_foreign_ministries_in_chinese(label, ministry):
    assert parse(_page(f"{ZH_TITLE}\n\n{label}", ZH_STORY)).source == ministry


def test_a_ministrys_page_title_ending_on_its_acronym():
    text = _page(f"{EN_TITLE} - MPPRE\n\n{EN_TITLE}", EN_STORY)
    assert parse(text).source == "Ministry of Foreign Affairs of Venezuela"


# --- an editor's note signed with the site's bare name -------------------------------------------

@pytest.mark.parametrize("note", [
    "(главы государства Беларуси. - прим. news.by)",
    "(Президента страны — прим. news.by)",
    "(министра торговли – примеч. news.by)",
    "(главы государства - прим. «БелТА»)",
])
def test_an_editors_note_signed_with_the_sites_bare_name(note):
    quote = f'"Мы строим планы на будущее по поручению {note}, разрабатываем дорожные карты", - сказал посол.'
    text = f"{RU_STORY}\n\n{quote}\n\n{RU_STORY}\n"
    assert parse(text).source in ("news.by", "BelTA")


def test_an_editors_note_without_a_name_names_no_outlet():
    quote = '"Мы строим планы на будущее по поручению (главы государства. - прим. ред.), разрабатываем карты", - сказал посол.'
    assert parse(f"{RU_STORY}\n\n{quote}\n\n{RU_STORY}\n").source is None


# --- an outlet's name run into the page's read counter ---------------------------------------------

@pytest.mark.parametrize("line, outlet", [
    ("中国新闻周刊63051人阅读", "China Newsweek"),
    ("中國新聞週刊 1,204 閱讀", "China Newsweek"),
    ("中国新闻周刊 · 8812次浏览", "China Newsweek"),
    ("Lenta.ru 3 512 просмотров", "Lenta.ru"),
    ("The Diplomat 1,204 views", "The Diplomat"),
])
def test_an_outlets_name_before_the_read_counter(line, outlet):
    story = ZH_STORY if line[0] > "\u3000" else (RU_STORY if "просмотр" in line else EN_STORY)
    title = ZH_TITLE if story is ZH_STORY else (RU_TITLE if story is RU_STORY else EN_TITLE)
    assert parse(_page(f"关闭广告\n\n{title}\n\n{line}", story)).source == outlet


def test_a_read_counter_alone_names_no_outlet():
    assert parse(_page(f"{ZH_TITLE}\n\n63051人阅读", ZH_STORY)).source is None


# --- a stamp's source cell wrapped whole in brackets -------------------------------------------------

@pytest.mark.parametrize("stamp, outlet", [
    ("2015-05-10 11:36:05 [来源:人民网-国际频道] [责编:刘某]", "People's Daily Online"),
    ("2015-05-10 11:36:05 【来源:人民网】【责编:刘某】", "People's Daily Online"),
    ("2015-05-10 11:36:05 (来源:人民网) (责编:刘某)", "People's Daily Online"),
    ("2015-05-10 11:36:05 （來源：人民網）", "People's Daily Online"),
    ("[來源:中新社] [作者:王某]", "China News Service"),
])
def test_a_stamps_source_cell_in_brackets(stamp, outlet):
    assert parse(_page(f"{ZH_TITLE}\n\n{stamp}", ZH_STORY)).source == outlet


# --- a working committee's office in a government site's source label --------------------------------

@pytest.mark.parametrize("label", [
    "来源:民宗侨(外)工委办公室  编发:民宗侨(外)工委办公室   发布日期:2025-12-10",
    "來源:民宗僑（外）工委辦公室",
    "来源:外事工作委员会办公室",
    "来源:教科文卫工委",
])
def test_a_working_committees_office_is_no_source(label):
    assert parse(_page(f"{ZH_TITLE}\n\n{label}", ZH_STORY)).source is None


def test_a_registered_office_in_the_label_stays():
    assert parse(_page(f"{ZH_TITLE}\n\n来源:国务院新闻办公室", ZH_STORY)).source == "State Council Information Office"


# --- a site's appeal for members naming itself ---------------------------------------------------------

@pytest.mark.parametrize("appeal, story, outlet", [
    ("成為《看中國》網站的榮譽會員,就可以助力我們。", ZH_STORY, "Secret China (看中國)"),
    ("欢迎订阅《中国新闻周刊》杂志的会员服务。", ZH_STORY, "China Newsweek"),
    ("Become a paying member of Meduza today.", EN_STORY, "Meduza"),
    ("Станьте подписчиком «Новая газета» уже сегодня.", RU_STORY, "Novaya Gazeta"),
])
def test_a_sites_appeal_for_members_names_it(appeal, story, outlet):
    assert parse(_page(story, story, appeal)).source == outlet


# --- a Chinese wire head opening the lead under a paper's source label -----------------------------------

@pytest.mark.parametrize("label, head, wire", [
    ("2001-04-24 来源:光明日报 记者 某某", "新华社北京4月23日电", "Xinhua"),
    ("2019-06-02 来源:人民日报", "新华社莫斯科6月1日电(记者王某)", "Xinhua"),
    ("来源:北京日报", "中新社北京3月5日电", "China News Service"),
])
def test_a_wire_head_under_a_papers_label_is_the_wires_copy(label, head, wire):
    text = _page(f"{ZH_TITLE}\n\n{label}", f"{head} {ZH_STORY}")
    assert parse(text).source == wire


def test_a_papers_label_over_its_own_lead_stays():
    text = _page(f"{ZH_TITLE}\n\n2001-04-24 来源:光明日报 记者 某某", ZH_STORY)
    assert parse(text).source == "Guangming Online"
