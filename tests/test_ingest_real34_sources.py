"""Source rules learnt from the 34th and 35th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("filler", ["暂无来源", "不详", "未知", "N/A", "Unknown"])
def test_a_source_slot_filler_is_no_source(filler):
    text = f"两地举办文化交流周\n\n时间:2024-05-10 09:12:33 来源:{filler} 作者:暂无作者\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_an_english_source_slot_filler_is_no_source():
    text = f"Cities sign a culture pact\n\nSource: Unknown\n\n{EN_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("credit, source", [
    ("/БЕЛТА - Синьхуа/", "BelTA"),
    ("/Синьхуа - БЕЛТА/", "Xinhua"),
])
def test_a_wire_filing_with_its_partner_agency_is_the_first_named(credit, source):
    text = f"Открывается новый авиарейс\n\n12 мая, Пекин {credit}. Авиакомпания открывает новый рейс в Минск.\n\n{RU_STORY}\n"
    assert parse(text).source == source


def test_a_portal_spelling_its_name_with_an_ampersand_is_the_registered_outlet():
    text = f"Trade fair opens\n\nSource: China Import & Export Net\n\n{EN_STORY}\n"
    assert parse(text).source == "China Import and Export Net"


def test_a_registered_papers_news_credit_opening_the_lead_beats_an_unknown_sites_label():
    text = (f"两地举办新春音乐会\n\n时间:2024-02-01 10:00:00 来源:开心快乐网 作者:小编\n\n"
            f"光明日报讯1月20日,新春音乐会在明斯克举行。\n\n{ZH_STORY}\n")
    assert parse(text).source == "Guangming Online"


def test_a_registered_label_still_beats_the_leads_news_credit():
    text = (f"两地举办新春音乐会\n\n时间:2024-02-01 10:00:00 来源:新华网\n\n"
            f"光明日报讯1月20日,新春音乐会在明斯克举行。\n\n{ZH_STORY}\n")
    assert parse(text).source == "Xinhua"


def test_belta_spelled_out_in_chinese_characters_in_its_own_dateline_is_belta():
    # BelTA's Chinese service sometimes writes the agency's name by its sound ('貝爾塔')
    text = (
        "兩國加強工業園合作\n\n"
        "1 月 21 日,明斯克 / Corr. 貝爾塔/。兩國代表在明斯克就工業園合作舉行會談,雙方同意擴大投資。\n\n"
        "雙方還討論了物流與教育合作,並商定下一次會談的時間。"
    )
    assert parse(text).source == "BelTA"


def test_a_site_asking_readers_to_follow_its_social_media_accounts_is_the_source():
    text = f"Two armies hold a drill\n\n{EN_STORY}\n\nWrite your comment 3\n\nFollow Charter97.org social media accounts\n"
    assert parse(text).source == "Charter 97"


def test_a_registered_outlets_bare_address_closing_a_reposted_story_is_the_source():
    text = f"Министры обсудили сотрудничество\n\n{RU_STORY}\nont.by\n"
    assert parse(text).source == "ONT"


def test_an_unregistered_bare_address_closing_a_story_is_no_source():
    text = f"Министры обсудили сотрудничество\n\n{RU_STORY}\nsteppe-ledger.kz\n"
    assert parse(text).source is None


def test_a_wire_name_clipped_to_its_last_two_characters_is_no_source():
    # the copy lost the first character of '白通社': '通社' is no outlet's name
    text = (
        "中白科技合作中心将在明斯克建立\n\n"
        "通社明斯克6月5日电 两国代表在明斯克商定建立科技成果转化合作中心,双方将共同投资。\n\n"
        "该中心将促进两国企业和大学之间的技术交流与合作。"
    )
    assert parse(text).source != "通社"
