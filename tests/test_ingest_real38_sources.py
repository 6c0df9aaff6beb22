"""Source rules learnt from the 38th to 42nd sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
import pytest

from ingest_support import ZH_STORY, parse


@pytest.mark.parametrize("label", ["互联网转载", "网络", "网络转载"])
def test_reposted_from_the_internet_in_the_source_slot_is_no_outlet(label):
    text = f"草原新工业园开园\n\n转自:{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_listen_button_over_the_headline_is_no_masthead():
    text = f"聽新聞\n分享\n草原上的新工業園開園\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_taiwanese_byline_with_a_slash_after_the_outlet_gives_the_outlet():
    text = f"兩國簽署新協議\n\n聯合報／ 記者林小文／綜合報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "United Daily News"


def test_an_unknown_outlet_in_a_slashed_taiwanese_byline_is_no_source():
    text = f"兩國簽署新協議\n\n草原晚報／ 記者林小文／綜合報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_youth_net_wire_credit_names_china_youth_net():
    text = f"中国青年网北京3月31日电(记者 王小明) {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "China Youth Net"
