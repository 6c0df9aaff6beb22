"""Source rules from the real181-186 pages: shapes where the outlet was misread rather than unknown. A
repost's closing '(Agency, City)' credit, a wire's own correspondent in English, an institution's long name in a
bracketed cell, a site's address under a lone label, an office telling the wire's correspondent, a picture's
slashed credit under the byline; a headline run into its stamp, an outlet's earlier report with its name first, a
caption's picture credit after its date, a wire's day-only credit, an app's promotion, a writer and outlet line,
a byline closed by the outlet in brackets, a caption's run-on credit, a title-bracketed news credit, an e-paper's
paper label, a bracketed credit naming the writer, a bracketed label run on after the last sentence, a wire's name
under a bulleted standfirst, a Chinese outlet's dashed lead, and at last an outlet's own picture or informants.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry
from despatch.ingest.layout import Layout
from despatch.ingest.lines import Line
from despatch.ingest.sources import name_under_bullets_source

EN_TITLE = "Steppe republic to supply tractors to a southern partner"
RU_TITLE = "Степная республика поставит тракторы южному партнеру"
ZH_TITLE = "两国签署农业机械供应合同"


@pytest.mark.parametrize("closing, wire", [
    ("The first machines will arrive in May, the minister said. (Xinhua, Harare)", "Xinhua"),
    ("The first machines will arrive in May, the minister said. (Lusaka, Xinhua)", "Xinhua"),
    ("Первые машины прибудут в мае, сказал министр. (БЕЛТА, Минск)", "BelTA"),
    ("首批机械将于五月运抵。（新华社，哈拉雷）", "Xinhua"),
])
def test_closing_credit_of_a_wire_and_its_city_names_the_wire(closing, wire):
    story = ZH_STORY if "。" in closing else RU_STORY if "сказал" in closing else EN_STORY
    title = ZH_TITLE if "。" in closing else RU_TITLE if "сказал" in closing else EN_TITLE
    assert parse(f"{title}\n\n{story}\n\n{story}\n\n{closing}\n").source == wire


def test_closing_credit_of_two_places_names_no_wire():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nThe first machines will arrive in May, the minister said. (Harare, Zimbabwe)\n"
    assert parse(text).source is None


@pytest.mark.parametrize("sentence", [
    'The festival opened in the old town on Saturday, the "Steppe-Novosti" Agency correspondent reports.',
    "The festival opened in the old town on Saturday, a BelTA correspondent reports.",
    "The festival opened in the old town on Saturday, reports a correspondent of the Steppe-Novosti agency.",
])
def test_english_house_formula_of_the_wires_own_correspondent_in_the_lead(sentence):
    wire = "BelTA" if "BelTA" in sentence else "Minsk-Novosti"
    sentence = sentence.replace("Steppe-Novosti", "Minsk-Novosti")
    text = f"{EN_TITLE}\n\nThe square was full of guests. {sentence}\n\n{EN_STORY}\n"
    assert parse(text).source == wire


def test_correspondent_who_reported_in_the_past_retells_another_outlet():
    text = f"{EN_TITLE}\n\nThe square was full of guests. The festival opened on Saturday, a BelTA correspondent reported.\n\n{EN_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("name", [
    "Confucius Classroom at the Steppe State University of Physical Training and Sport",
    "Confucius Institute at Steppe National Technical University of Railway Transport",
])
def test_long_institution_name_in_a_bracketed_source_cell_is_kept_whole(name):
    text = f"{EN_TITLE}\n\n[Source]    {name} [Time]    2017-10-04 18:05:57\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == name


def test_long_bracketed_source_cell_reading_as_a_sentence_names_no_outlet():
    text = (f"{EN_TITLE}\n\n[Source]    photos taken by the volunteers of the festival in the square [Time]    2017-10-04 18:05:57\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("label, site, expected", [
    ("Источник:", "Steppe-news.ru", "Steppe-news.ru"),
    ("Source:", "www.steppeledger.kz", "steppeledger.kz"),
    ("来源：", "https://www.steppe-herald.org/news/2014/04/16/1.html", "steppe-herald.org"),
])
def test_unregistered_site_address_under_a_lone_source_label(label, site, expected):
    story = ZH_STORY if "来源" in label else RU_STORY if "Источник" in label else EN_STORY
    text = f"16 апреля 2014\n{story}\n{story}\n{label}\n{site}\nПоделиться:\n"
    assert parse(text).source == expected


def test_lone_source_label_over_a_share_button_names_no_site():
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник:\nПоделиться:\nКомментарии\n"
    assert parse(text).source is None


@pytest.mark.parametrize("sentence", [
    "Об этом сообщили корр. агентства Синьхуа в посольстве Беларуси в Китае.",
    "Об этом рассказали корреспонденту агентства «Синьхуа» в министерстве торговли.",
    "Корр. агентства Синьхуа сообщили в посольстве, что помощь уже отправлена.",
])
def test_an_office_telling_the_wires_abbreviated_correspondent(sentence):
    text = f"{RU_TITLE}\n2020-02-24 11:18:37\n\nСтороны подписали документ о поставках. {sentence}\n\n{RU_STORY}\n"
    assert parse(text).source == "Xinhua"


@pytest.mark.parametrize("tail", ["/ ТАСС", "/ Reuters", "/ Синьхуа"])
def test_slashed_agency_under_the_byline_is_a_pictures_credit(tail):
    text = f"20.06.2022 17:06\n\n{RU_TITLE}\n\nТекст:  Иван Степанов (Минск)\n{tail}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("line", [
    "МИД Беларуси штампует заявления по Ирану 28.02.2026, 20:31",
    "BelTA signs a new deal with partners 28.02.2026",
    "Министерство иностранных дел направило ноту 01.03.2026 10:15",
])
def test_headline_run_into_its_stamp_is_no_outlet_name(line):
    story = EN_STORY if "BelTA" in line else RU_STORY
    assert parse(f"{line}\n\n{story}\n\n{story}\n").source is None


@pytest.mark.parametrize("sentence, outlet", [
    ("«Парламентская газета» сообщала ранее, что делегация прибудет в мае.", "Parlamentskaya Gazeta"),
    ("«Парламентская газета» ранее писала о подготовке визита.", "Parlamentskaya Gazeta"),
    ("«Известия» уже рассказывали ранее о подготовке визита.", "Izvestia"),
])
def test_outlet_pointing_to_its_own_earlier_report_with_its_name_first(sentence, outlet):
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n{sentence}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("credit", ["[Photo/Xinhua]", "(Photo: Reuters)", "[Image/AFP]"])
def test_pictures_credit_after_a_captions_date_is_no_source(credit):
    text = (f"{EN_TITLE}\nUpdated: 2016-10-15 06:50\n\n"
            f"The two ministers shake hands in the capital October 14, 2016. {credit}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("opening, wire", [
    ("March 27 (UPI) -- ", "UPI"),
    ("Sept. 3 (Reuters) - ", "Reuters"),
    ("June 5, 2021 (AFP) — ", "AFP"),
])
def test_wire_credit_after_the_day_alone_opens_the_lead(opening, wire):
    text = f"{EN_TITLE}\n\n{opening}The two countries signed a long-term cooperation deal on Saturday.\n\n{EN_STORY}\n"
    assert parse(text).source == wire


@pytest.mark.parametrize("promo", ["APP GRATIS", "Download our app", "Скачайте приложение"])
def test_an_apps_promotion_over_the_story_names_no_agency(promo):
    text = f"{promo}\n\n{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("line, outlet", [
    ("Jane Roe, Al Arabiya English", "Al Arabiya"),
    ("Tom Brown, Reuters", "Reuters"),
    ("Anna Novak, Xinhua", "Xinhua"),
])
def test_writer_and_outlet_line_under_the_headline(line, outlet):
    text = f"{EN_TITLE}\n\n{line}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("byline, outlet", [
    ("By An Lee in Dhaka and Bo Wen in Beijing(China Daily)", "China Daily"),
    ("By Jane Roe and Tom Brown (Global Times)", "Global Times"),
    ("By Anna Novak in Minsk (Xinhua)", "Xinhua"),
])
def test_byline_closed_by_its_outlet_in_brackets(byline, outlet):
    text = f"{EN_TITLE}\nUpdated: 2016-10-15 06:50\n{byline}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("caption", ["白俄罗斯大规模抗议活动。 来源:路透社", "Protesters fill the square. Source: Reuters"])
def test_captions_run_on_credit_between_paragraphs_credits_the_picture(caption):
    zh = "来源" in caption
    story, title = (ZH_STORY, ZH_TITLE) if zh else (EN_STORY, EN_TITLE)
    text = f"{title}\n\n{story}\n\nProtests\n{caption}\nhttp://example.org/670141\n\n{story}\n\n{story}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("opening, outlet", [
    ("〔《中国日报》消息〕", "China Daily"),
    ("【《环球时报》消息】", "Global Times"),
    ("〔新华社消息〕", "Xinhua"),
])
def test_bracketed_news_credit_with_a_title_bracketed_name_opens_the_lead(opening, outlet):
    text = f"{ZH_TITLE}\n\n2020年8月18日\n{opening}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("label", ["当前报纸名称:钱江晚报", "报纸名称：钱江晚报", "當前報紙名稱:錢江晚報"])
def test_epaper_readers_label_names_the_paper(label):
    text = f"电子报阅读机\n{label}\n\n{ZH_TITLE}\n\n日期:12-12\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Qianjiang Evening News"


@pytest.mark.parametrize("credit, outlet", [
    ("(來源:法廣RFI 作者: 小山 ,文章內容並不代表本網立場和觀點。)", "RFI"),
    ("（来源：新华网 作者：王明）", "Xinhua"),
    ("(Source: Reuters, author: Jane Roe)", "Reuters"),
])
def test_bracketed_credit_naming_source_and_writer_opens_the_story(credit, outlet):
    story = EN_STORY if "Source" in credit else ZH_STORY
    text = f"{ZH_TITLE}\n2024年08月19日 10:33\n\n{credit}\n{story}\n{story}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("names", [["Bloomberg", "Bloomberg"], ["Reuters"], ["Agence France-Presse", "Agence France-Presse"]])
def test_wires_name_between_a_bulleted_standfirst_and_the_stamp(names):
    # the page's layout may leave these lines out of every part (a caption printed twice after them):
    # the rule reads them from the page's lines between the last point and the next paragraph
    wire = {"Bloomberg": "Bloomberg", "Reuters": "Reuters", "Agence France-Presse": "AFP"}[names[0]]
    page = [EN_TITLE, "• The minister says the talks went well", "• The deal may be signed by April", *names,
            "Updated: 3:16pm, 25 Jan, 2023", "Why you can trust us", EN_STORY]
    text = "\n".join(page) + "\n"
    points = [Line(2, page[1], "short"), Line(3, page[2], "short")]
    story = Line(len(page), EN_STORY, "prose")
    layout = Layout(title=Line(1, EN_TITLE), subtitle=None, head=[], body=[*points, story], tail=[], closing=[story])
    assert name_under_bullets_source(layout, text, registry()) == wire


def test_two_different_names_under_a_bulleted_standfirst_name_no_wire():
    page = [EN_TITLE, "• The minister says the talks went well", "Reuters", "Bloomberg", "Updated: 3:16pm, 25 Jan, 2023", EN_STORY]
    layout = Layout(title=Line(1, EN_TITLE), subtitle=None, head=[], body=[Line(2, page[1]), Line(6, EN_STORY, "prose")],
                    tail=[], closing=[])
    assert name_under_bullets_source(layout, "\n".join(page), registry()) is None


@pytest.mark.parametrize("credit, outlet", [
    ("(来源:草原晨报)", "草原晨报"),
    ("（來源：新華網）", "Xinhua"),
    ("(Source: Steppe Morning Post)", "Steppe Morning Post"),
])
def test_bracketed_label_run_on_after_the_last_sentence_of_a_one_line_page(credit, outlet):
    text = (f"最新消息 {ZH_TITLE} 27-01-2023 1月18日,{ZH_STORY} “我们要让两国关系再上新台阶。” {credit} "
            f"最新消息 中企将在某地建设商贸中心 24-03-2023 更多资讯\n")
    assert parse(text).source == outlet


def test_pictures_own_bracketed_label_run_on_is_no_credit():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}两国代表合影。(图片来源:某某图库)\n"
    assert parse(text).source is None


@pytest.mark.parametrize("opening, outlet", [
    ("国际新闻 《两国元首将会晤》 March 17, 2023 无线新闻-", "TVB News"),
    ("无线新闻——", "TVB News"),
    ("国际新闻 2023年3月17日 新华社-", "Xinhua"),
])
def test_chinese_outlets_name_and_a_dash_open_the_lead(opening, outlet):
    text = f"{opening}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == outlet


def test_chinese_place_pair_and_a_dash_name_no_outlet():
    text = f"{ZH_TITLE}\n\n中国-东盟合作论坛在首都开幕,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("credit, outlet", [
    ("Фото: © Белновости", "Belnovosti"),
    ("Photo: © Белновости", "Belnovosti"),
    ("Фото: (c) Белновости", "Belnovosti"),
])
def test_a_picture_the_sites_own_outlet_holds_names_it_at_last(credit, outlet):
    text = f"{RU_TITLE}\n\n20.11.2018 16:53\n\n{RU_STORY}\n\n{RU_STORY}\n\n{credit}\n\n{RU_STORY}\n"
    assert parse(text).source == outlet


def test_an_agencys_picture_names_no_source():
    text = f"{RU_TITLE}\n\n20.11.2018 16:53\n\n{RU_STORY}\n\n{RU_STORY}\n\nФото: © Синьхуа\n\n{RU_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("sentence", [
    "По данным источников РБК, причиной отставки стали разногласия.",
    "Как рассказали источники РБК, причиной отставки стали разногласия.",
    "Решение уже принято. По информации собственных источников РБК, причиной стали разногласия.",
])
def test_the_outlets_own_informants_name_it_at_last(sentence):
    text = f"{RU_TITLE}\n{RU_STORY}\n{sentence}\n{RU_STORY}\n"
    assert parse(text).source == "RBC"
