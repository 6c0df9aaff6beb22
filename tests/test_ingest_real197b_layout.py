"""Layout rules from the real197-199 pages: a picture's source credit ('图源:某某部', 'Photo source: X',
'Источник фото: X') printed under the headline, the whole family of such labels in the three languages,
is a caption's credit and never the headline, printed or proposed. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse

ZH_TITLE = "两国防灾部门签署未来两年联合行动计划"
EN_TITLE = "Rescue services of two countries sign a joint action plan"
RU_TITLE = "Спасатели двух стран подписали план совместных действий"


@pytest.mark.parametrize("line", [
    "图源:国家紧急情况部", "圖源：某某通訊社", "图源 网络", "（图源：某某日报）", "图片来源:某某部官网", "圖片來源 | 某某粉專",
    "照片来源：某某大使馆", "图片出处:某某网", "配图来源：视觉中国",
    "Photo source: Ministry of Emergencies", "Image source: example.org", "Photo credit: Anna Novak",
    "Picture courtesy: the regional council", "(Photo source: Example Agency)", "Image credits – Li Wei",
    "Источник фото: МЧС", "Крыніца фота: сайт міністэрства", "Источник изображения — пресс-служба", "Фото: источник сайт ведомства"])
def test_a_pictures_source_credit_is_no_headline_line(line):
    assert line_kind(line) in ("chrome", "caption", "credit")


@pytest.mark.parametrize("line", [
    "Photo exhibition opens in the capital", "Источник вдохновения: как художник нашёл свой стиль",
    "Фото на память: выпускники встретились через 20 лет", "图片展在首都开幕", "Sources say the talks went well"])
def test_headlines_near_the_credits_words_are_no_credit(line):
    assert line_kind(line) not in ("chrome", "caption", "credit")


@pytest.mark.parametrize("title, credit, story", [
    (ZH_TITLE, "图源:国家应急部", ZH_STORY),
    (ZH_TITLE, "圖片來源：某某部", ZH_STORY),
    (EN_TITLE, "Photo source: Ministry of Emergencies", EN_STORY),
    (RU_TITLE, "Источник фото: пресс-служба министерства", RU_STORY),
])
def test_a_credit_printed_twice_under_the_headline_is_no_headline(title, credit, story):
    text = f"社会/体育\n2025 十一月 07, 11:19\n\n{title}\n\n{credit}\n{credit}\n{story}\n\n{story} {story}\n\n{story}\n"
    article = parse(text)
    assert article is not None
    assert article.title == title


# --- a Chinese headline printed over two lines, its subject over its predicate ------------------------------------

@pytest.mark.parametrize("subject, predicate", [
    ("某国青年学者交流论坛", "在国立大学孔子学院召开"),
    ("两国地方合作年开幕式", "于首都文化中心隆重举行"),
    ("某省农业代表团一行", "赴友好城市考察访问"),
    ("中欧班列今年首趟专列", "从边境口岸顺利发车"),
    ("兩國青年藝術交流展", "在首都美術館開幕"),
])
def test_a_chinese_headlines_subject_and_predicate_on_two_lines_are_one_headline(subject, predicate):
    text = f"{subject}\n{predicate}\n\n[来源] 某某大学孔子学院  [发表时间] 2020-03-05 08:13:19\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.title == subject + predicate


@pytest.mark.parametrize("label, title", [
    ("热点关注", "在首都举行的合作论坛取得丰硕成果"),
    ("某国青年学者交流论坛", "在线教育合作项目正式启动"),
])
def test_a_label_or_a_second_headline_under_a_line_is_not_joined(label, title):
    text = f"{label}\n\n{title}\n\n2020-03-05 08:13\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.title != label + title
