"""Where an outlet's name stands but no outlet is named: a dialog's or a toolbar's button over the
page ('Close X', 'Settings'); and bylines that name the wire behind the paper: a desk relaying a
wire ('… News Desk The Canadian Press, 14 May, 2019'), a wire filing from a city with the paper
that ran it in brackets ('By Xinhua in The Hague (China Daily)'). Texts written for these tests."""
from ingest_support import EN_STORY, RU_STORY, parse

from despatch.ingest.settings import load_patterns
from despatch.ingest.sources import _implausible_outlet
from despatch.registry import load_registry


def test_a_buttons_label_is_no_outlets_name():
    patterns, registry = load_patterns(), load_registry()
    for label in ("Close X", "Close ×", "Settings", "Log in", "Subscribe"):
        assert _implausible_outlet(label, patterns, registry), label


def test_a_dialogs_close_button_over_the_page_names_no_source():
    text = f"Close X\nMonday, March 10, 2025\nNational\n\nMinisters discuss canola exports\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_desk_relaying_a_wire_credits_the_wire():
    text = (f"Ministers discuss canola exports\n\nMaple Weekly News Desk The Canadian Press, 14 May, 2019 07:47 PM\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "The Canadian Press"


def test_a_wire_filing_from_a_city_is_the_source_not_the_paper_in_brackets():
    text = (f"King receives visiting foreign minister\n\nBy Xinhua in The Hague(China Daily)\nUpdated: 2024-05-21 10:02\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Xinhua"


def test_a_writer_in_a_city_with_the_papers_name_is_the_papers():
    text = (f"King receives visiting foreign minister\n\nBy Anna Novak in The Hague (China Daily)\nUpdated: 2024-05-21 10:02\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "China Daily"


def test_a_registered_wires_name_and_full_stop_opening_the_lead_heads_its_story():
    story = "Президент встретился с министром иностранных дел и обсудил торговлю и транспорт. " + RU_STORY
    assert parse(f"Президенты обсудили сотрудничество\n\nАрмИнфо. {story}\n\n{RU_STORY}\n").source == "ArmInfo"
    assert parse(f"Centre opens in Beijing\n\nOREANDA-NEWS. On March 26 a centre opened. {EN_STORY}\n\n{EN_STORY}\n").source == "Oreanda-News"


def test_an_unregistered_word_and_full_stop_opening_the_lead_names_no_source():
    assert parse(f"Centre opens in Beijing\n\nBreaking. On March 26 a centre opened. {EN_STORY}\n\n{EN_STORY}\n").source is None


def test_a_registered_outlet_in_brackets_opening_the_lead_is_the_source():
    story = "兩國外長在會談中表示,將進一步擴大經貿合作,推動人文交流。雙方還就地區局勢交換了意見。"
    assert parse(f"邊境口岸迎來新發展\n\n〔中央社〕{story}\n\n{story}\n").source == "Central News Agency"
    assert parse(f"邊境口岸迎來新發展\n\n(星島日報報道){story}\n\n{story}\n").source == "Sing Tao Daily"


def test_a_phrase_and_full_stop_opening_a_bulletin_names_no_wire():
    # 'Новости Беларуси' is also a registered site's other name, but here it opens a channel's bulletin
    assert parse(f"Президенты обсудили сотрудничество\n\nНовости Беларуси. {RU_STORY}\n\n{RU_STORY}\n").source is None


def test_a_lone_source_label_over_a_registered_sites_link_names_that_site():
    # the digest's masthead over the headline only hosts the story; the label names whose it is
    text = (f"BELARUS NEWS AND ANALYSIS\n\nDATE:\n\n28/06/2010\n\nMinisters discuss trade\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "Source:\n\nhttps://www.belta.by/politics/view/talks-123/\n")
    assert parse(text).source == "BelTA"


def test_a_lone_source_label_over_an_unknown_link_names_no_source():
    text = (f"Ministers discuss trade\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource:\n\nhttps://www.steppe-ledger-unknown.example/a/1\n")
    assert parse(text).source is None


def test_a_name_over_a_copyright_line_is_a_credit_not_the_masthead():
    text = ("Пётр Ивановский\n\n© http://www.steppe-tv-example.ru/\n\nИркутск\n\n1357\n\n"
            f"Делегация округа посетила Иркутск\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source != "Пётр Ивановский"


def test_a_sites_own_desk_credit_keeps_an_agency_told_in_the_lead_a_quoted_one():
    lead = ("MOSCOW: Russia cannot agree to hold the fishing talks this year, the Russian Foreign Ministry told Sputnik.")
    desk = f"Talks on fishing put off\n\n  • Steppe Online Desk\n  • 30th January, 2023 04:40:00 PM\n\n{lead}\n\n{EN_STORY}\n"
    assert parse(desk).source is None
    plain = f"Talks on fishing put off\n\n30th January, 2023\n\n{lead}\n\n{EN_STORY}\n"
    assert parse(plain).source == "Sputnik"


def test_a_russian_wire_dateline_closed_by_a_registered_outlet_in_quotes_names_it():
    lead = "ХАБАРОВСК, 17 июня, «Город на Бире» - На ярмарку приехали представители многих стран. " + RU_STORY
    assert parse(f"Ярмарка открылась в Харбине\n\n{lead}\n\n{RU_STORY}\n").source == "Gorod na Bire"
