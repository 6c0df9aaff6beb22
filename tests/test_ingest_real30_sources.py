"""Ingest rules for sources drawn from the thirtieth and thirty-first held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_a_broadcasters_language_service_is_the_broadcaster():
    assert canonical_source("DW Russian", registry(), known_only=True) == "Deutsche Welle"
    assert canonical_source("VOA Chinese", registry(), known_only=True) == "Voice of America"


def test_outlets_own_abbreviation_in_its_dateline_names_it():
    text = f"Minsk, 3 March 2021 (TDI): A shipment of medical aid from China reached Minsk on Tuesday. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "The Diplomatic Insight"


def test_site_speaking_of_our_portal_names_itself():
    text = f"{RU_STORY}\n\nНаш портал 024.by побеседовал с китайскими студентами о жизни в Гродно.\n\n{RU_STORY}\n"
    assert parse(text).source == "024.by"


def test_wire_told_by_an_office_in_its_lead_is_the_source():
    text = ("Кредит на новый завод могут подписать до конца года\n\n"
            "Соглашение о кредите на новый завод может быть подписано до конца года, сообщили агентству «Интерфакс-Запад» в министерстве экономики.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).source == "Interfax-West"


def test_wire_credited_on_a_line_of_its_own_under_the_story():
    text = f"Беларусь вступила в организацию\n\n{RU_STORY}\n\n{RU_STORY}\n\nПо сообщению КазТАГ\n"
    assert parse(text).source == "KazTAG"


def test_agency_whose_reporter_an_office_told_in_a_chinese_lead():
    text = f"白中扩大合作\n\n白俄罗斯驻华大使馆向白通社记者透露,两国将扩大在农业领域的合作。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "BelTA"


def test_reposting_notice_without_a_colon_names_the_original():
    text = f"联合演习开始\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n本文转载自美国之音,仅代表原出处观点,不代表本网立场。\n"
    assert parse(text).source == "Voice of America"


def test_support_button_naming_the_site_by_its_domain():
    text = f"Поддержать ZN.ua\n\nКитай выделит кредит\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Zerkalo Nedeli"


def test_retelling_another_outlet_citing_someone_is_no_self_reference():
    text = f"Визит в Пекин\n\nОб этом сообщает РБК-Украина со ссылкой на The Wall Street Journal. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source != "RBC-Ukraine"
