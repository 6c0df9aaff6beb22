"""Byline rules from the real172-177 pages: several writers in one credit where only the first was read
(Chinese names set apart by spaces after a label, or one list setting some names apart and running the
last ones together; a news tag's bracket with several reporters; co-writers over their institute;
'Anna Novak, Li Wei, Outlet' with commas), a reposted commentary's 'Outlet / By Anna Novak'; and what
is no byline: an account's user name ('Dmitry_Gorbachev') in a site's posting credit, a part of the
world set as a region tag ('Восточная Европа', 'Middle East'). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _zh(credit: str) -> str:
    return f"{ZH_TITLE}\n\n2024-03-05 10:20\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"


@pytest.mark.parametrize("credit, author", [
    ("作者: 王明 李华 张强", "王明, 李华, 张强"), ("作者：刘一凡 邢彬", "刘一凡, 邢彬"),
    ("作者: 王明 李华 来源: 某某网", "王明, 李华"), ("撰文：陈晓东 覃思 赵雨", "陈晓东, 覃思, 赵雨")])
def test_every_name_set_apart_after_a_label_is_a_writer(credit, author):
    assert parse(_zh(credit)).author == author


@pytest.mark.parametrize("credit, author", [
    ("作者: 王明 北京", "王明"), ("作者: 王明 综合", "王明")])
def test_a_place_or_a_word_after_the_name_is_no_second_writer(credit, author):
    assert parse(_zh(credit)).author == author


@pytest.mark.parametrize("credit, author", [
    ("【某某时报-某某网报道 记者 白小云 陈青青赵明珵】", "白小云, 陈青青, 赵明珵"),
    ("（记者 王明 李晓华张强）", "王明, 李晓华, 张强"),
    ("【某某网记者 孙一鸣 刘文静黄海】", "孙一鸣, 刘文静, 黄海")])
def test_names_run_together_at_the_end_of_a_list_are_parted(credit, author):
    text = f"{ZH_TITLE}\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("tag, author", [
    ("本报讯(贺明 李涛)", "贺明, 李涛"), ("本報訊（王大明、陳小華）", "王大明, 陳小華"),
    ("某某网讯（记者 张伟 通讯员 刘洋）", "张伟, 刘洋"), ("本报讯(王丽)", "王丽")])
def test_several_reporters_in_a_news_tags_bracket(tag, author):
    text = f"{ZH_TITLE}\n\n{tag}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("line, author", [
    ("景小玉 李明然 中国某某问题研究院", "景小玉, 李明然"), ("文/王小明 李华 某某大学国际关系学院", "王小明, 李华"),
    ("张伟、刘洋 某某社会科学院", "张伟, 刘洋"), ("王小明 某某大学教授", "王小明")])
def test_co_writers_over_their_institute(line, author):
    text = f"{ZH_TITLE}\n\n2024-03-05 10:20\n\n{line}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("byline, author", [
    ("By Anna Novak, Tom McBride, CNN", "Anna Novak, Tom McBride"),
    ("By Anna Novak, Li Wei, Reuters", "Anna Novak, Li Wei"),
    ("By Anna Novak, Peter O'Neil", "Anna Novak, Peter O'Neil"),
    ("Автор: Анна Петрова, Иван Смирнов, ТАСС", "Анна Петрова, Иван Смирнов")])
def test_writers_listed_with_commas_and_their_outlet(byline, author):
    text = f"{EN_TITLE}\n\n{byline}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("byline", [
    "By Anna Novak, New York", "By Anna Novak, Staff Writer", "By Anna Novak, Research Fellow",
    "By Anna Novak, Hong Kong"])
def test_a_place_or_a_post_after_the_comma_is_no_second_writer(byline):
    text = f"{EN_TITLE}\n\n{byline}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


@pytest.mark.parametrize("line, author", [
    ("The Diplomat /  By John Macrin", "John Macrin"), ("Foreign Affairs | by Anna Novak", "Anna Novak"),
    ("Some Review / By Anna Novak and Li Wei", "Anna Novak, Li Wei"), ("The Weekly ｜ By Tom McBride", "Tom McBride")])
def test_a_reposted_commentarys_outlet_and_byline(line, author):
    text = f"{EN_TITLE}\n\n{line}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("stamp", [
    "Опубликовано Ivan_Petrov - ср, 18/03/2026 - 15:03", "Posted Anna_Novak | 18/03/2026 - 15:03",
    "Опубликовано Petrov1985 - ср, 18/03/2026 - 15:03"])
def test_a_user_name_in_a_posting_credit_is_no_byline(stamp):
    text = f"{RU_TITLE}\n\n{stamp}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author is None


@pytest.mark.parametrize("label", ["Восточная Европа", "Центральная Азия", "Ближний Восток", "Middle East",
                                   "Latin America", "Eastern Europe"])
def test_a_region_tag_over_the_headline_is_no_byline(label):
    text = f"Политика\n{label}\n0\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author is None


def test_a_name_over_the_headline_is_still_read():
    text = f"Политика\nАнна Петрова\n0\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


@pytest.mark.parametrize("dateline, author", [
    ("ПЕКИН, 29 июн /ПРАЙМ/, Жанна Петрова. ", "Жанна Петрова"),
    ("МОСКВА, 3 мар — РИА Новости, Анна Петрова и Иван Смирнов. ", "Анна Петрова, Иван Смирнов"),
    ("MOSCOW, June 29 /PRIME/, Anna Novak. ", "Anna Novak"),
    ("НУР-СУЛТАН, 12 апр - Агентство, Олег Сидоров. ", "Олег Сидоров")])
def test_a_wires_dated_dateline_with_its_agency_and_reporters(dateline, author):
    story = RU_STORY if "Anna" not in author else EN_STORY
    text = f"{dateline}{story}\n\n{story}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("credit, author", [
    ("本报记者  郑少中  张  勇  袁  泉", "郑少中, 张勇, 袁泉"),
    ("本报记者\u3000王\u3000明\u3000李晓华", "王明, 李晓华"),
    ("本报记者 吴 焰 殷新宇", "吴焰, 殷新宇")])
def test_names_padded_to_a_grid_with_wide_gaps_lose_the_padding(credit, author):
    text = f"{ZH_TITLE}\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("credit, author", [
    ("某某网9月25日讯(某某网 某某APP记者 刘晓宇 文/图):", "刘晓宇"),
    ("某某网讯（某某网 某某App记者 王明 图文）", "王明"),
    ("某某报讯（记者 李华 文/圖）", "李华")])
def test_a_reporter_of_an_app_credited_for_words_and_pictures(credit, author):
    text = f"{ZH_TITLE}\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("lead, author", [
    ("本报某地1月21日讯 某某云/某某日报记者米日古力·吾从某某论坛吹风会上获悉：", "米日古力·吾"),
    ("本报讯 记者王晓明从市商务局获悉，", "王晓明"),
    ("本報某地3月2日訊 記者李華在某某工業園採訪時了解到，", "李華"),
    ("某某网讯 记者 阿依古丽·买买提从自治区商务厅获悉，", "阿依古丽·买买提")])
def test_a_reporter_glued_to_what_she_learned_after_the_dispatch_mark(lead, author):
    text = f"{ZH_TITLE}\n\n{lead}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


def test_a_newsmaker_who_learned_something_is_no_reporter():
    text = f"{ZH_TITLE}\n\n本报讯 市长王晓明从会上获悉，{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


@pytest.mark.parametrize("caption", ["两国企业联合开展项目安全大检查。", "兩國企業聯合開展項目安全大檢查。"])
@pytest.mark.parametrize("tag, author", [
    ("【某某網訊】 (香港某某網記者 羅大明 北京報道)", "羅大明"), ("[某某网3月2日讯] （某某网记者 罗大明 北京报道）", "罗大明"),
    ("某某网讯 (记者 罗大明 北京报道)", "罗大明")])
def test_a_news_tag_under_a_caption_printed_twice_opens_the_story_with_its_reporter(caption, tag, author):
    more = f"\n\n{ZH_STORY}" * 5
    text = f"{ZH_TITLE}\n\n2017-06-07\n\n{caption}\n\n{caption}\n\n{tag}{ZH_STORY}{more}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("stamp, author", [
    ("Опубликовано Анна Петрова - ср, 18/03/2026 - 15:03", "Анна Петрова"),
    ("Размещено Иван Смирнов | 18/03/2026 - 15:03", "Иван Смирнов"),
    ("Posted by Anna Novak | 18/03/2026 - 15:03", "Anna Novak")])
def test_a_posting_credits_label_is_no_part_of_the_name(stamp, author):
    text = f"{RU_TITLE}\n\n{stamp}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize("label", ["Азиатско-Тихоокеанский регион", "Asia-Pacific", "Юг России"])
def test_a_hyphenated_or_southern_region_tag_is_no_byline(label):
    text = f"Политика\n{label}\n0\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author is None
