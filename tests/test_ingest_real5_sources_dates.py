"""Fifth real held-out set: sources, datelines and the evaluator's alternatives (own short texts)."""
import json
from pathlib import Path

from despatch.evaluate import evaluate
from despatch.ingest.sources import misspelt_source

from ingest_support import parse, registry


def write(folder: Path, name: str, text: str, answer: dict) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")


def test_wire_dateline_without_day_under_captions():
    text = ("12 March 2019\n"
            "A minister speaks at a press conference in the capital (file photo)\n\n"
            "Ministers agree on new freight route through Belarus\n\n"
            "© AFP 2018/ Some Photographer / POOL\n"
            "Officials said the new route would open later this year.\n"
            "Related: Belarus and China open a logistics centre\n"
            "BEIJING (Sputnik) — Chinese and Belarusian ministers agreed on a freight route on Tuesday, the ministry said.\n\n"
            "The route will carry containers from Chengdu to Minsk.\n")
    article = parse(text)
    assert article.source == "Sputnik"
    assert article.dateline == "Beijing"


def test_misspelt_agency_in_a_dateline_is_the_near_registered_name():
    article = parse("Railway talks open in Minsk this week\n\n"
                    "MINSK. KAZIFORM - The working group met on 10 April to discuss freight trains from China to Europe.\n")
    assert article.source == "Kazinform"
    assert misspelt_source("KAZINFROM", registry()).name == "Kazinform"  # two letters swapped


def test_near_miss_only_when_safe():
    assert misspelt_source("Xinhuaa", registry()) is None  # a short name is not guessed at
    assert misspelt_source("Tass", registry()) is None
    assert misspelt_source("Kazinform", registry()) is None  # exact names are found elsewhere, not here
    assert misspelt_source("Bloomberg News", registry()) is None  # one word only
    assert misspelt_source("Zzzzzzzzz", registry()) is None


def test_agency_tag_with_day_and_no_city_names_the_agency_not_a_city():
    article = parse("習近平抵達明斯克進行國事訪問\n\n"
                    "【香港中通社5月10日電】5月10日,中國國家主席習近平抵達白俄羅斯首都明斯克,開始國事訪問。\n\n"
                    "雙方將簽署多項合作文件。\n")
    assert article.source == "Hong Kong China News Agency"
    assert article.dateline is None


def test_new_registry_names():
    for printed, name in [("旺報", "Want Daily"), ("香港中國通訊社", "Hong Kong China News Agency"),
                          ("中评社", "China Review News Agency"), ("白罗斯共和国官网", "belarus.by"),
                          ("Atlantico", "Atlantico")]:
        assert registry().source_named(printed).name == name


def test_source_alternatives_count_as_right(tmp_path):
    text = "Belarus, China sign deal\n\nMINSK, 1 March (BelTA) - Belarus and China signed a trade deal in Minsk on Wednesday.\n"
    write(tmp_path, "a", text, {"source": "Belarus Today", "source_alternatives": ["Белорусское телеграфное агентство"]})
    write(tmp_path, "b", text, {"source": "Belarus Today", "source_alternatives": ["Minsk Herald"]})
    write(tmp_path, "c", "Talks held\n\n中评社北京7月8日电 两国军队举行联合训练。\n",
          {"source": "PLA Daily", "source_alternatives": ["中评社 (China Review News Agency)"]})
    report = evaluate(tmp_path)
    assert [m.file for m in report.misses if m.field == "source"] == ["b.txt"]


BYLINE_DATE = ("Site menu\nRegions\nTopics\nBlogs\n\nBelarus shows its new rocket system\n\n"
               "John Smith Jun 18, 2015\n\n"
               "Belarus has tested a new rocket system in China, the ministry said in a statement this week. "
               "The system took the spotlight at the country's May 9 Victory Day parade this year.\n\n"
               "Analysts say it bears traces of Chinese design.\n")


def test_byline_with_the_date_above_the_text_dates_the_page():
    assert parse(BYLINE_DATE).date.isoformat() == "2015-06-18"


def test_a_day_in_an_occasions_name_is_no_event_day():
    assert parse(BYLINE_DATE).event_date is None
    told = BYLINE_DATE.replace("Belarus has tested", "On June 15 Belarus tested")
    assert parse(told).event_date.isoformat() == "2015-06-15"


def test_chinese_day_then_known_city_opening_the_text_is_a_dateline():
    text = "工业园基础设施建设将完成\n\n2016.09.09\n\n9月9日,明斯克,副部长表示园区的基础设施建设将于年底完成。\n\n园区已有十余家企业入驻。\n"
    assert parse(text).dateline == "Minsk"
    other = text.replace("9月9日,明斯克,副部长表示", "9月9日,副部长表示,")
    assert parse(other).dateline is None


def test_outlet_tag_ending_in_xinwen_before_city_and_day():
    text = "中国外交部:已有十余家企业入驻工业园\n\n卫星新闻北京9月29日电 中国外交部部长助理表示,已有十余家企业入驻工业园。\n\n访问将持续三天。\n"
    article = parse(text)
    assert (article.source, article.dateline) == ("Sputnik", "Beijing")
