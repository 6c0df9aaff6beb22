"""Byline rules from the real163-168 pages: a footnote's mark after the writer's name ('By Anna Novak*'); a
byline glued to the end of the headline, the outlet in brackets after it; a paper's reporters' line padding
two-character names with a space to the width of three-character ones ('本报记者 吴 焰 殷新宇'); reporters
run together whose surnames are among the less common ones ('记者 娄琛王晨笛'); a name with its surname in
capitals alone under the headline ('Ольга ШЕСТАКОВА', 'Anna NOVAK'), unless the story names that person; a
foreign surname alone after '记者' under the story's paragraphs labels another outlet's reporter heard in
the report, no byline. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
ZH_TITLE_TRAD = "兩國外長在首都舉行會談並簽署合作文件"
ZH_STORY_TRAD = ("雙方就經貿、交通和能源領域的合作交換了意見,同意在秋季再次會晤,共同審議工業園區項目的進展情況,"
                 "並表示將繼續推動兩國務實合作不斷取得新成果。")


@pytest.mark.parametrize("byline, author", [
    ("By Anna Novak*", "Anna Novak"),
    ("By Anna Novak and Tom Brown*", "Anna Novak, Tom Brown"),
    ("Автор: Анна Петрова*", "Анна Петрова"),
    ("By Anna Novak†", "Anna Novak"),
])
def test_a_footnotes_mark_after_the_writers_name_is_no_part_of_it(byline, author):
    story = EN_STORY if byline.startswith("By") else RU_STORY
    title = EN_TITLE if byline.startswith("By") else RU_TITLE
    assert parse(f"{title}\n\n{byline}\n\n{story}\n\n{story}\n").author == author


@pytest.mark.parametrize("line", [
    f"{EN_TITLE}By Anna Novak (The Daily Post)",
    f"{EN_TITLE}By Anna Novak",
    "Why do the two border towns need a new bridge?By Anna Novak (Daily Post)",
])
def test_a_byline_glued_to_the_end_of_the_headline(line):
    article = parse(f"Business / Center |\n{line}\nUpdated: 2024-05-05 10:30 {EN_STORY}\n\n{EN_STORY}\n")
    assert article.author == "Anna Novak"
    assert "By" not in (article.title or "")[-12:]


@pytest.mark.parametrize("credit, author", [
    ("本报驻某国记者 吴 焰 殷新宇 曲 颂 屈 佩", "吴焰, 殷新宇, 曲颂, 屈佩"),
    ("本报记者 王 明 李小华", "王明, 李小华"),
    ("本報記者 林 立 陳小華", "林立, 陳小華"),
    ("本报记者 李 强 《 某某日报 》( 2024年02月27日   第 17 版)", "李强"),
])
def test_a_papers_reporters_padded_to_a_grid_lose_the_padding(credit, author):
    text = f"{ZH_TITLE}\n\n2024-05-05 10:30\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


def test_a_two_character_name_set_with_a_space_in_a_dispatchs_bracket_is_kept_as_printed():
    text = f"{ZH_TITLE}\n本报某某电 (记者 王 明) 代表团日前访问并会见总理。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王 明"


@pytest.mark.parametrize("dateline, author", [
    ("新华社某地5月4日电(记者 娄琛王晨笛)", "娄琛, 王晨笛"),
    ("新華社某地5月4日電(記者 婁琛王晨笛)", "婁琛, 王晨笛"),
    ("新华社某地5月4日电(记者 殷明李晓华)", "殷明, 李晓华"),
    ("新华社某地5月4日电(记者 屈晓明柳燕)", "屈晓明, 柳燕"),
])
def test_reporters_run_together_with_less_common_surnames_are_parted(dateline, author):
    story = ZH_STORY_TRAD if "電" in dateline else ZH_STORY
    assert parse(f"{dateline}{story}\n\n{story}\n").author == author


@pytest.mark.parametrize("name", ["Ольга ШЕСТАКОВА", "ПЕТРОВА Анна", "Anna NOVAK", "Анна ПЕТРОВА и Иван СИДОРОВ"])
def test_a_name_with_its_surname_in_capitals_under_the_headline_signs_the_piece(name):
    story = RU_STORY if any("а" <= c <= "я" for c in name.lower()) else EN_STORY
    deck = "Известный экономист рассказал о торговле и транспорте." if story is RU_STORY else "An economist on trade."
    text = f"Размер шрифта:\n\n{story[:60]} и другое\n\n{deck}\n\n{name}\n\n{story}\n\n{story}\n"
    expected = ", ".join(name.split(" и "))
    assert parse(text).author == expected


def test_a_name_in_capitals_the_story_names_is_a_newsmaker_not_the_writer():
    story = f"{RU_STORY} Кирилл Рудый рассказал о планах."
    text = f"Размер шрифта:\n\n{RU_TITLE}\n\nИзвестный экономист рассказал о торговле.\n\nКирилл РУДЫЙ\n\n{story}\n\n{story}\n"
    assert parse(text).author is None


@pytest.mark.parametrize("label", ["澳洲某某新聞亞洲特派記者格拉斯", "某国电视台驻华记者约翰逊", "英國某某台記者布朗"])
def test_a_foreign_surname_after_a_reporters_credit_under_the_story_is_no_byline(label):
    story = ZH_STORY_TRAD if "記者" in label else ZH_STORY
    title = ZH_TITLE_TRAD if "記者" in label else ZH_TITLE
    text = f"{title}\n\n{title} | 某某新聞\n\n綜合報導  / 中國\n\n{story}\n\n{story}\n\n{label}\n"
    assert parse(text).author is None


def test_a_minority_reporters_name_after_a_dispatchs_mark_is_the_byline():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n新华社某地电 记者关建国 努尔然\n"
    assert parse(text).author == "关建国, 努尔然"


@pytest.mark.parametrize("stamp, author", [
    ("2025/11/23 18:56 記者王小明／台北報導", "王小明"),
    ("2025/11/23 18:56 記者王小明/台中報導", "王小明"),
    ("2025-11-23 18:56 记者王小明、李华／上海报道", "王小明, 李华"),
])
def test_a_reporters_credit_closing_the_date_line_with_the_place_reported_from(stamp, author):
    story = ZH_STORY if "记者" in stamp else ZH_STORY_TRAD
    title = ZH_TITLE if "记者" in stamp else ZH_TITLE_TRAD
    article = parse(f"首頁 > 政治\n\n{title}\n\n{stamp}\n{story}\n\n{story}\n")
    assert article.author == author
    assert article.date.isoformat() == "2025-11-23"


@pytest.mark.parametrize("dateline, author", [
    ("新华社某地5月4日电(记者 吴 焰 殷新宇)", "吴焰, 殷新宇"),
    ("新华社某地5月4日电(记者 殷新宇 曲 颂 屈 佩)", "殷新宇, 曲颂, 屈佩"),
    ("新華社某地5月4日電（記者 林 立 陳小華）", "林立, 陳小華"),
])
def test_padded_names_among_others_in_a_dispatchs_bracket_lose_the_padding(dateline, author):
    story = ZH_STORY_TRAD if "電" in dateline else ZH_STORY
    assert parse(f"{dateline}{story}\n\n{story}\n").author == author
