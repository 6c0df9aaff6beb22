"""Where an outlet's name stands but no outlet is named: a dialog's or a toolbar's button over the
page ('Close X', 'Settings'); and bylines that name the wire behind the paper: a desk relaying a
wire ('… News Desk The Canadian Press, 14 May, 2019'), a wire filing from a city with the paper
that ran it in brackets ('By Xinhua in The Hague (China Daily)'); and where a page prints its own name: a breadcrumb after
a logo and the home step, a copyright holder before '©' or before a ban on copying, a footer's
'about X | contact X' links, a name glued to the lead's day, 'По собственной информации X'. Texts
written for these tests."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

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


def test_a_breadcrumb_after_a_logo_and_the_home_step_names_the_site_at_its_root():
    story = "兩國官員在會談中表示,將進一步擴大經貿合作,推動人文交流。雙方還就地區局勢交換了意見。"
    text = f"logo 首頁 > 大公報 > 內地 > 正文\n\n邊境口岸迎來新發展\n\n{story}\n\n{story}\n"
    assert parse(text).source == "Ta Kung Pao"


def test_a_copyright_holder_named_before_the_sign_is_the_source():
    text = (f"Students visit the university\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            'Educational Establishment "Belarusian State University" © 1998-2019\n')
    assert parse(text).source == "Belarusian State University"


def test_a_bracketed_copyright_notice_with_a_ban_on_copying_names_its_holder():
    text = (f"Ministers discuss trade\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "[Copyright holder (c) YTN Unauthorized reproduction and redistribution prohibited]\n")
    assert parse(text).source == "YTN"


def test_a_programme_in_brackets_after_a_cjk_news_opener_needs_no_colon():
    lead = "央視網消息(新聞聯播)國家副主席今天在人民大會堂會見了外國客人,雙方就經貿合作交換了意見。"
    assert parse(f"副主席會見外國客人\n\n{lead}\n\n{ZH_STORY}\n").source == "CCTV"


def test_a_registered_outlets_name_glued_to_the_day_opening_a_paragraph_names_it():
    text = (f"Делегация края продолжает работу в Харбине\n\n"
            f"Интерфакс5 ноября в Харбине делегация края представила инвестиционный потенциал региона. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Interfax"


def test_an_unknown_word_glued_to_a_day_names_no_source():
    text = (f"Делегация края продолжает работу в Харбине\n\n"
            f"Новостьдня5 ноября в Харбине делегация края представила инвестиционный потенциал региона. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_an_outlet_citing_its_own_information_by_name_is_the_source():
    text = (f"Заводы обсудили поставки автобусов\n\n{RU_STORY}\n\n"
            f"По собственной информации Интерфакса, в программе встречи – поставки автобусов и запчастей. {RU_STORY}\n")
    assert parse(text).source == "Interfax"


def test_a_footers_about_and_contact_links_naming_the_site_name_it():
    text = (f"邊境口岸迎來新發展\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n"
            "星洲日報簡介 | 服務條款 | 私隱條款 | 廣告查詢 | 聯絡星洲日報\n")
    assert parse(text).source == "Sin Chew Daily"


def test_an_about_link_alone_names_no_source():
    text = f"邊境口岸迎來新發展\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n星洲日報簡介 | 服務條款 | 私隱條款 | 聯絡我們\n"
    assert parse(text).source is None


def test_the_day_the_city_and_then_the_agency_opening_a_cjk_lead_name_the_agency():
    lead = "5月18日,明斯克,白通社从议会新闻中心获悉,代表院副主席访问香港期间会见了当地官员。"
    assert parse(f"代表院副主席访问香港\n\n{lead}\n\n{ZH_STORY}\n").source == "BelTA"


def test_a_ministry_over_the_state_it_serves_on_two_lines_is_the_ministry():
    text = (f"Ministry of Foreign Affairs\nThe People’s Republic of China\n\nForeign Minister holds talks with visiting guest\n\n"
            f"Updated: May 22, 2025 20:14\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Ministry of Foreign Affairs of the People's Republic of China"


def test_a_standfirsts_pointer_to_read_the_story_on_a_registered_site_names_it():
    lead = "О том, как развиваются отношения двух стран, читайте в материале Interfax.ru."
    assert parse(f"Посольство провело консультации\n\n{lead}\n\n{RU_STORY}\n\n{RU_STORY}\n").source == "Interfax"


def test_a_pointer_to_an_unknown_name_names_no_source():
    lead = "О том, как развиваются отношения двух стран, читайте в материале Новостьдня."
    assert parse(f"Посольство провело консультации\n\n{lead}\n\n{RU_STORY}\n\n{RU_STORY}\n").source is None


def test_a_broadcaster_announcing_its_own_live_stream_is_the_source():
    lead = "Министр проводит пресс-конференцию по итогам переговоров в Минске. ONT ведёт прямую трансляцию пресс-конференции."
    assert parse(f"Пресс-конференция министра в Минске\n\n{lead}\n\n{RU_STORY}\n\n{RU_STORY}\n").source == "ONT"
    lead = "The ministers meet the press after their talks in Beijing. CGTN is streaming the press conference live."
    assert parse(f"Ministers hold joint press conference\n\n{lead}\n\n{EN_STORY}\n\n{EN_STORY}\n").source == "CGTN"


def test_a_call_to_watch_a_live_stream_names_no_source():
    lead = "Министр проводит пресс-конференцию по итогам переговоров в Минске. Смотрите прямую трансляцию пресс-конференции."
    assert parse(f"Пресс-конференция министра в Минске\n\n{lead}\n\n{RU_STORY}\n\n{RU_STORY}\n").source is None


def test_a_registered_name_run_into_the_leads_first_word_is_the_source():
    lead = "Embassy of Russia in AustraliaQ. How do you see the ties between the two countries this year?"
    text = f"Ambassador’s interview with a weekly paper\n{lead}\nA. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Embassy of the Russian Federation in Australia"


def test_an_unknown_name_run_into_the_leads_first_word_names_no_source():
    lead = "Steppe Friendship SocietyQ. How do you see the ties between the two countries this year?"
    assert parse(f"Chairman’s interview with a weekly paper\n{lead}\nA. {EN_STORY}\n\n{EN_STORY}\n").source is None


def test_a_broadcasters_own_report_opening_the_chinese_lead_is_the_source():
    lead = f"韩国国际广播电台报道：17日，两国外长在首都举行会谈。{ZH_STORY}"
    assert parse(f"两国外长举行会谈\n\n{lead}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source == "KBS World"


def test_an_unknown_name_reporting_at_the_head_of_the_chinese_lead_names_no_source():
    lead = f"草原晨报报道：17日，两国外长在首都举行会谈。{ZH_STORY}"
    assert parse(f"两国外长举行会谈\n\n{lead}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source is None
