"""Ingest rules for sources drawn from the twenty-fourth and twenty-fifth held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_wires_correspondent_closing_the_second_sentence_of_the_lead_names_the_wire():
    text = (
        "Минск рассчитывает на новые совместные проекты с Китаем\n\n"
        "В Минске рассчитывают открыть совместную лабораторию с китайскими учеными. "
        "Об этом сегодня журналистам сообщил директор парка Иван Петров, передает корреспондент БЕЛТА.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "BelTA"


def test_bare_retelling_of_the_wire_in_the_second_sentence_names_no_source():
    text = (
        "Минск рассчитывает на новые совместные проекты с Китаем\n\n"
        "В Минске рассчитывают открыть совместную лабораторию с китайскими учеными. "
        "Об этом сегодня журналистам сообщил директор парка Иван Петров, сообщает БЕЛТА.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source is None


def test_wires_reporter_opening_a_chinese_story_without_according_to_names_the_wire():
    text = f"两国银行就电站贷款进行谈判\n\n白通社记者报道,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "BelTA"


def test_closing_information_source_line_names_the_registered_wire():
    text = f"两国银行就电站贷款进行谈判\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n信息来源:白通社\n"
    assert parse(text).source == "BelTA"


def test_outlet_introducing_its_own_inquiry_is_the_source():
    text = (
        "Кредит доверия: зачем Минску деньги Пекина\n\n"
        f"{RU_STORY} «Известия» разбирались, сможет ли новый партнер заменить прежних.\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "Izvestia"


def test_mogilev_regional_paper_is_known_by_its_belarusian_transliteration():
    for name in ("Mogilyovskiya Vedamasci", "Магілёўскія ведамасці", "Могилевские ведомости"):
        assert canonical_source(name, registry(), known_only=True) == "Mogilevskiye Vedomosti"


def test_northern_farm_supply_outlet_is_known_in_both_scripts():
    for name in ("北方农资", "北方農資"):
        assert canonical_source(name, registry(), known_only=True) == "Beifang Nongzi"
