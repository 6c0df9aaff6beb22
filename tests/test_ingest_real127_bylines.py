"""Byline rules from the real127-132 pages: a newsroom's or an archive's credit beside the date and an
institution named in the story's last line are no writers; a name after the date on the date line, or
before it with the story's age between; a list's dash and 'staff reporter' before a writer's name in
capitals; several Chinese reporters set apart by spaces after '文/本报记者' or a platform's and a paper's
names joined by a dash; a trainee named with her role beside the reporter after a wire's dateline.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Sides sign a contract for fertiliser deliveries after a long pause"
RU_TITLE = "Стороны подписали меморандум о строительстве нового газопровода"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def test_a_newsrooms_and_an_archives_credit_beside_the_date_is_no_writer():
    text = f"{RU_TITLE}\n\n24.03.2010 13:39\nАрхив Редакция\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).author is None


def test_an_institution_named_in_the_storys_last_line_is_no_signature():
    text = (f"{RU_TITLE}\n\n20.12.2017 22:13\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Институты Конфуция — сеть международных культурно-образо\n")
    assert parse(text).author is None


def test_a_name_after_the_date_on_the_date_line():
    text = f"{EN_TITLE}\n\nJul 7, 2017 Anna Novak\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_a_name_before_the_date_with_the_storys_age_and_its_weekday_between():
    text = f"{EN_TITLE}\n\nAnna Novak 2 minutes ago Fri 04th September 2020 | 06:54 PM\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_a_list_dash_and_staff_reporter_before_a_writers_name_in_capitals():
    text = f"{EN_TITLE}\n\n- By staff reporter ANNA NOVAK\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_several_reporters_set_apart_by_spaces_after_the_writers_role_all_kept():
    text = f"{ZH_TITLE}\n\n文/本报记者 王小明 李华强 赵丽 马强\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明, 李华强, 赵丽, 马强"


def test_reporters_after_a_platforms_and_a_papers_names_joined_by_a_dash():
    text = f"{ZH_TITLE}\n\n某某网-某某日报记者 王小明 李华强 赵丽\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明, 李华强, 赵丽"


def test_a_trainee_named_with_her_role_beside_the_reporter_after_the_dateline():
    text = f"{ZH_TITLE}\n\n人民网北京12月22日电 (王小明、实习生李华强){ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明, 李华强"


def test_a_toolbar_after_the_date_is_no_writer():
    text = f"{EN_TITLE}\n\n2016-07-29 Download Print Comment\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author is None
