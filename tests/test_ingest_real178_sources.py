"""Source rules learnt from the 178th to 180th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("headline, lead, credit, story, source", [
    ("两国元首签署联合声明", "两国元首在会谈后签署了联合声明，开启了合作新阶段。", "Sputnik", ZH_STORY, "Sputnik"),
    ("兩國元首簽署聯合聲明", "兩國元首在會談後簽署了聯合聲明，開啟了合作新階段。", "Sputnik", ZH_STORY, "Sputnik"),
    ("Лидеры подписали совместное заявление", "Лидеры двух стран подписали совместное заявление после переговоров.",
     "РИА Новости", RU_STORY, "RIA Novosti"),
    ("Leaders sign a joint statement", "The two leaders signed a joint statement after their talks on Tuesday.",
     "Xinhua", EN_STORY, "Xinhua"),
])
def test_a_registered_name_alone_under_a_one_sentence_lead_credits_the_story(headline, lead, credit, story, source):
    text = f"{headline}\n\n{lead}\n{credit}\n{story}\n{story}\n"
    assert parse(text).source == source


def test_an_unregistered_name_under_the_lead_is_no_credit():
    text = ("两国元首签署联合声明\n\n两国元首在会谈后签署了联合声明，开启了合作新阶段。\n"
            f"Zorvendal\n{ZH_STORY}\n{ZH_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("lead", [
    "访问期间，白通社记者在喀什市采访了当地一家企业的负责人，了解了两地合作的情况。",
    "白通社记者日前在喀什专访了当地外事部门的工作人员，了解了青年交流情况。",
    "會談結束後，白通社記者在喀什採訪了當地一家企業的負責人，了解了兩地合作的情況。",
    "白通社记者近日走访了喀什的多家企业。",
])
def test_a_lead_whose_subject_is_a_wires_reporter_interviewing_credits_the_wire(lead):
    text = f"两地青年交流日益密切\n\n{lead}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "BelTA"


def test_an_informant_interviewed_by_a_wires_reporter_is_a_retelling():
    lead = "当地官员在接受白通社记者采访时表示，两地合作进展顺利。"
    text = f"两地青年交流日益密切\n\n{lead}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source != "BelTA"


@pytest.mark.parametrize("printed", ["《環球》雜誌", "《环球》杂志", "環球雜誌"])
def test_a_magazine_is_known_by_its_name_in_either_script(printed):
    text = f"兩國合作亮點紛呈\n\n2025-03-04 15:24:06 來源: {printed}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Globe magazine"


def test_a_regional_site_recalling_its_own_report_is_registered():
    text = (f"Делегация прибыла в Пекин\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Ранее Online47 сообщал, что делегация готовит визит в Шанхай.\n")
    assert parse(text).source == "Online47"
