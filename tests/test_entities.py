"""Entities: the registry's people and other entities named in a text, by their aliases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from despatch.entities import find_entities, is_acronym
from despatch.registry import fold, load_registry

ROOT = Path(__file__).resolve().parent.parent
DEV_SEEDS = Path(__file__).parent / "fixtures" / "seeds_expected"  # copies of the dev set's seed answers
REGISTRY = load_registry()


@pytest.mark.parametrize(
    "text, people, others",
    [
        # aliases in English, Russian and Chinese (Simplified and Traditional) name one person
        ("Belarus President Aleksandr Lukashenko met Xi Jinping.", ["Alexander Lukashenko", "Xi Jinping"], []),
        ("Alexander Lukashenka and President Lukashenko", ["Alexander Lukashenko"], []),
        ("Александр Лукашенко встретился с Си Цзиньпином в Минске.", ["Alexander Lukashenko", "Xi Jinping"], ["Minsk"]),
        ("习近平会见卢卡申科", ["Xi Jinping", "Alexander Lukashenko"], []),
        ("習近平會見盧卡申科", ["Xi Jinping", "Alexander Lukashenko"], []),
        # Russian case endings, short names too
        ("разговор Сергея Алейника с Цинь Ганом", ["Sergei Aleinik", "Qin Gang"], []),
        ("в рамках Шанхайской организации сотрудничества и ООН", [], ["Shanghai Cooperation Organization", "United Nations"]),
        # short all-caps acronyms match only in capitals and only as whole words
        ("The UN Charter", [], ["United Nations"]),
        ("an un-named official", [], []),
        ("UNESCO heritage", [], ["UNESCO"]),
        ("the SCO summit; the sco", [], ["Shanghai Cooperation Organization"]),
        # the longest alias wins, so one mention counts once
        ("the China-Belarus industrial park Great Stone", [], ["China-Belarus Industrial Park"]),
        ("Great Stone Park and the Chinese-Belarusian Industrial Park", [], ["China-Belarus Industrial Park"]),
        ("the Shanghai Cooperation Organization met in Shanghai", [], ["Shanghai Cooperation Organization", "Shanghai"]),
        ("上海合作组织峰会在上海举行", [], ["Shanghai Cooperation Organization", "Shanghai"]),
        # quotes and dashes vary between outlets
        ("the “Belt and Road” initiative", [], ["Belt and Road Initiative"]),
        ("China–Europe Railway Express", [], ["China-Europe Railway Express"]),
        ("Индустриальный парк «Великий камень»", [], ["China-Belarus Industrial Park"]),
        ("Xi’an International Port Station", [], ["Xi'an"]),
        ("the establishment of peace in Ukraine", [], ["Ukraine crisis"]),
    ],
)
def test_aliases_name_canonical_entities_in_order_of_first_appearance(text, people, others):
    assert find_entities(text, REGISTRY) == (tuple(people), tuple(others))


@pytest.mark.parametrize(
    "text, people",
    [
        ("Belarusian Prime Minister Igor Petrishenko met Vice Premier Zhang Guoqing.", ["Igor Petrishenko", "Zhang Guoqing"]),
        ("President Xi Jinping and President Lukashenko", ["Xi Jinping", "Alexander Lukashenko"]),
        # titles that introduce no name, or an institution
        ("The President of the Republic of Belarus met the Ambassador.", []),
        ("Chairman of the Standing Committee spoke.", []),
        ("Professor Aleksei Maslov said so.", []),  # not a title we trust
        ("All\nPresident Lukashenko", ["Alexander Lukashenko"]),
    ],
)
def test_people_outside_the_registry_count_only_when_a_title_introduces_them(text, people):
    assert find_entities(text, REGISTRY)[0] == tuple(people)


def test_a_text_that_names_nobody_finds_nothing():
    assert find_entities("", REGISTRY) == ((), ())
    assert find_entities("The weather was fine and un peu froid.", REGISTRY) == ((), ())


@pytest.mark.parametrize(
    "name, aliases",
    [
        ("Alexander Lukashenko", ["Aleksandr Lukashenko", "Alexander Lukashenka", "President Lukashenko",
                                  "Lukashenko", "Александр Лукашенко", "Лукашенко", "卢卡申科", "盧卡申科"]),
        ("Xi Jinping", ["Си Цзиньпин", "习近平", "習近平"]),
        ("Shanghai Cooperation Organization", ["SCO", "ШОС", "上海合作组织", "上合组织"]),
        ("United Nations", ["UN", "ООН", "联合国"]),
        ("Conference on Interaction and Confidence-Building Measures in Asia", ["CICA", "СВМДА", "亚信"]),
        ("Communist Party of China", ["CPC", "Chinese Communist Party", "КПК", "中国共产党"]),
        ("China-Belarus Industrial Park", ["Great Stone", "Great Stone Park", "Великий камень", "中白工业园", "中白工業園"]),
        ("Belt and Road Initiative", ["Belt and Road", "BRI", "One Belt One Road", "一带一路", "一帶一路"]),
        ("Global Development Initiative", ["全球发展倡议"]),
        ("Ukraine crisis", ["war in Ukraine", "Ukrainian crisis", "кризис на Украине", "乌克兰危机"]),
    ],
)
def test_registry_knows_the_names_the_archive_needs(name, aliases):
    entity = REGISTRY.entity_named(name)
    assert entity is not None and entity.name == name
    assert set(aliases) <= set(entity.aliases)


def test_no_alias_belongs_to_two_entities():
    owners: dict[str, str] = {}
    for entity in REGISTRY.entities:
        for alias in (entity.name, *entity.aliases):
            assert owners.setdefault(fold(alias), entity.name) == entity.name, alias


@pytest.mark.parametrize("alias, acronym", [("UN", True), ("ШОС", True), ("U.N.", True), ("BRICS", True),
                                            ("Minsk", False), ("Great Stone", False), ("全球发展倡议", False)])
def test_only_short_all_caps_aliases_are_case_sensitive(alias, acronym):
    assert is_acronym(alias) is acronym


@pytest.mark.skipif(not DEV_SEEDS.is_dir(), reason="the team's dev set is not here")
@pytest.mark.parametrize("answers", sorted(DEV_SEEDS.glob("*.expected.json")) if DEV_SEEDS.is_dir() else [],
                         ids=lambda p: p.name[:3])
def test_seeds_name_the_people_and_mentions_of_the_dev_set(answers):
    expected = json.loads(answers.read_text(encoding="utf-8"))
    text = (ROOT / "seeds" / answers.name.replace(".expected.json", ".txt")).read_text(encoding="utf-8")
    people, others = find_entities(text, REGISTRY)
    assert set(people) == set(expected["people"])
    assert set(expected.get("organizations", [])) | set(expected.get("mentions", [])) <= set(others)
