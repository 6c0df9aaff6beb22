"""Layout rules from the real190-193 pages: a site's section or rubric label over the story (alone, several joined,
or after the site's name) is chrome, never the headline; a line of credits (the writer's name, a photographer's
labelled credit, the site's address) is never a headline, printed or proposed. Texts written for the tests."""
from __future__ import annotations

import pytest

from despatch.ingest.layout import _credits_line
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _page(head: str, story: str) -> str:
    return f"{head}\n\n{story} {story}\n\n{story}\n"


# --- a section's or rubric's label -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Opinions and interviews", "News & Analysis", "Politics & Opinion", "News and events", "Features / Columns",
    "Press releases and statements", "Мнения и интервью", "Интервью", "Интервью, мнения", "Мнения и комментарии",
    "Аналитика и обзоры", "Новости и анонсы", "Новости области", "要闻", "时政要闻", "国际/评论", "兩岸國際", "深度专访"])
def test_a_section_or_rubric_label_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [
    "Steppe Herald Top Stories", "Examplegroup Latest News", "Lakeside Breaking News", "Northwind News and Analysis",
    "Пример Главные новости", "草原网要闻", "某某报 评论", "草原网 国际"])
def test_a_sites_name_before_its_section_label_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [
    "Business leaders meet in the capital", "World leaders gather for the river summit", "Trump makes headlines again",
    "Analysis shows exports doubled", "Культура объединяет народы двух стран", "Интервью посла о новом заводе",
    "国际合作取得新进展", "评论员文章:携手共建美好未来"])
def test_headlines_opening_with_a_sections_word_stay(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("line", ["Education and culture", "Trade and investment", "World", "Politics",
                                  "Образование и культура", "Политика"])
def test_subjects_alone_or_joined_are_left_to_menus_and_an_articles_headings(line):
    assert line_kind(line) != "chrome"


def test_a_blogs_section_header_over_the_headline_is_no_headline():
    head = f"Steppe Herald Top Stories\n\n{EN_TITLE}\n\nWritten by Tom Brown | Mar 3, 2023 10:15:20 AM"
    assert read_title(parse(_page(head, EN_STORY))) == EN_TITLE


def test_a_rubric_label_under_the_breadcrumb_is_no_headline():
    head = f"| Главная | Новости | Мнения и комментарии\n\nМнения и комментарии\n\n12 мар. 2016\n\n{RU_TITLE}"
    assert read_title(parse(_page(head, RU_STORY))) == RU_TITLE


def test_a_chinese_section_label_over_the_headline_is_no_headline():
    head = f"草原网 国际\n\n{ZH_TITLE}\n\n2024-05-01 10:20"
    assert read_title(parse(_page(head, ZH_STORY))) == ZH_TITLE


# --- a line of credits -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Анна Ли, фото Иван Петров, example.by", "Anna Lee, photo by Tom Brown, example.com", "Иван Петров, фото автора",
    "Text: Anna Lee | Photos: Example Agency", "А. Петров — фото: БЕЛТА", "Ольга Смирнова; видео Павел Орлов",
    "文/王明 图/李华", "文字：王明 攝影：李華", "记者 王明 / 编辑 李华"])
def test_a_line_of_credits_is_read_as_one(line):
    assert _credits_line(line)


@pytest.mark.parametrize("line", [
    "Минск, Пекин", "Лукашенко, Си Цзиньпин", "Belarus and China sign deal, example.com says", "Фото дня, Минск",
    "Visit of Anna Lee, photo gallery", "Дмитрий Иванов, Анна Ли", "文化交流 图片展览"])
def test_lines_that_are_no_credits_line(line):
    assert not _credits_line(line)


@pytest.mark.parametrize(("credit", "story", "footer"), [
    ("Анна Ли, фото Иван Петров, example.by", RU_STORY, "При использовании материалов ссылка на example.by обязательна"),
    ("Anna Lee, photo by Tom Brown, example.com", EN_STORY, "Reproduction is allowed only with a link to example.com"),
    ("Ольга Смирнова, видео и фото Павел Орлов, example.ru", RU_STORY, "Перепечатка только со ссылкой на источник")])
def test_a_credits_line_under_a_page_with_no_headline_is_never_its_title(credit, story, footer):
    """The copy starts in the article (no headline), its credits close it, and a list of other stories follows."""
    text = (f"{story} {story}\n{story}\n{credit}\n{footer}\n01.02.2025 - 10:15\n{RU_TITLE}\n"
            f"01.02.2025 - 09:15\nВторая новость о заводе в области\n")
    article = parse(text)
    assert article is not None and article.title != credit
