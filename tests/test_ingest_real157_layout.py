"""Layout rules from the real145-159 pages: a promotion's box over its button ('Get more with X' / its pitch /
'Learn more') above the headline, a page's long summary over a wire's dateline lead with its headline not copied,
a document's heading whose date names the document ('Commentary to Decree No. 5 of 3 June 2011'), and a picture's
caption in a grid's cell under a lone cell bar. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "Harbour city opens new ferry line to its twin town across the bay"


def test_a_promotion_box_over_its_button_is_not_the_headline():
    text = (f"Advertisement\nLocal politics\nGet more with myFEED\nA tailored list of stories picked for each reader\n"
            f"Learn more\nThe mayor cuts a ribbon at the pier on Monday. Photo: Staff\n\n{EN_TITLE}\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_a_line_with_no_button_under_it_stays_the_headline():
    text = f"Get more with myFEED\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == "Get more with myFEED"


def test_a_long_summary_over_a_wire_dateline_lead_is_no_headline():
    summary = ("Глава области прибыл в соседнюю страну для участия в ярмарке и встречах, посвященных "
               "юбилею побратимских связей городов и открытию нового торгового дома в центре столицы")
    lead = f"МИНСК, 12 мая. /ТАСС/. Губернатор области провел переговоры с мэром города-побратима. {RU_STORY}"
    article = parse(f"{summary}\n\n{lead}\n\n{RU_STORY}\n")
    assert article.title_proposed or article.title != summary


def test_a_short_headline_over_a_wire_dateline_lead_stays():
    title = "Губернатор области провел переговоры с мэром города-побратима"
    lead = f"МИНСК, 12 мая. /ТАСС/. Губернатор области провел переговоры с мэром города-побратима. {RU_STORY}"
    assert read_title(parse(f"{title}\n\n{lead}\n\n{RU_STORY}\n")) == title


@pytest.mark.parametrize("line", ["Commentary to Decree No. 5 of 3 June 2011", "Комментарий к указу № 5 от 3 июня 2011 г."])
def test_a_documents_dated_heading_is_no_stamp(line):
    assert line_kind(line) != "stamp"


def test_a_documents_dated_heading_is_the_headline():
    title = "Commentary to Decree No. 5 of 3 June 2011"
    text = f"{title}\n\n    The head of state signed Decree No. 5 on the building of a river port on 3 June.\n\n    {EN_STORY}\n"
    assert read_title(parse(text)) == title


def test_a_stamp_is_still_a_stamp():
    assert line_kind("3 June 2011 10:15") == "stamp"


def test_a_caption_in_a_picture_cell_is_no_headline():
    caption = "市文化局副局长王明在开幕式上讲话 |"
    text = f"|\n{caption}\n{ZH_STORY}\n|\n嘉宾参观展览 |\n{ZH_STORY}\n"
    article = parse(text)
    assert article is None or article.title_proposed or article.title != caption.rstrip(" |")


def test_a_papers_issue_number_before_its_date_stays_a_stamp():
    assert line_kind("Газета «Вестник» №12 от 05.04.2021, стр. 3") == "stamp"
