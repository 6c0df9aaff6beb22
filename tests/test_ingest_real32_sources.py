"""Sources from the 32nd and 33rd real held-out sets: written-for-the-test texts, general rules only."""
from ingest_support import parse

LEAD = "The two sides discussed trade, logistics and a new plan for the industrial park near the capital city."
ZH_LEAD = "双方讨论了贸易、物流和工业园区的新计划,并同意在明年举行下一轮会谈。"


def test_outlet_news_desk_byline_names_the_outlet():
    text = ("Minister arrives in Beijing for talks\n\nby The Kyiv Independent news desk March 3, 2024 8:09 PM 1 min read\n\n"
            + LEAD + "\n\n" + LEAD)
    assert parse(text).source == "The Kyiv Independent"


def test_desk_byline_of_unknown_outlet_names_no_one():
    text = "Minister arrives in Beijing for talks\n\nby Steppe Courier staff\n\n" + LEAD + "\n\n" + LEAD
    assert parse(text).source is None


def test_call_to_follow_the_sites_telegram_names_it():
    text = ("Министр заявил, что страна учится новым технологиям у партнеров.\n\n"
            "Сотрудничество в области инноваций углубляется, сообщил он журналистам.\n\n"
            "Подпишитесь на Telegram \"МК\": еще больше новостей и видео!\n\nАвтор: Ирина Петрова")
    assert parse(text).source == "Moskovsky Komsomolets"


def test_hong_kong_special_report_credit_names_the_agency():
    text = "《經濟通通訊社５日專訊》兩國同意擴大鐵路貨運合作,首批貨櫃將於下月出發。\n\n" + "雙方討論了貿易和物流的新計劃。"
    assert parse(text).source == "ETNet"


def test_own_paper_special_report_names_no_one():
    text = "（本報專訊）兩國同意擴大鐵路貨運合作,首批貨櫃將於下月出發。\n\n" + "雙方討論了貿易和物流的新計劃。"
    assert parse(text).source is None


def test_reordered_wire_credit_in_brackets_names_the_agency():
    text = "明斯克,5月3日(新华社电)——新建的体育馆周六在此正式启用。\n\n" + ZH_LEAD
    assert parse(text).source == "Xinhua"


def test_agency_before_its_reporters_in_a_garbled_lead():
    text = "5月3日,明斯克的新华社(新闻记者王·明和李强)新建的体育馆正式开幕。\n\n" + ZH_LEAD
    assert parse(text).source == "Xinhua"


def test_copyright_sign_lost_in_decoding_still_names_the_site():
    text = ("新建的体育馆当地时间3日正式启用,总统出席了仪式。\n\n" + ZH_LEAD + "\n\n编辑: | 王明 |\n"
            "Copyright ? 2016 Kankanews.com Inc. All Rights Reserved.\n全部评论")
    assert parse(text).source == "Kankanews"


def test_machine_translated_china_news_agency_dateline():
    text = ("China News Agency, Geneva, July 1st The council session is being held in Geneva this week.\n\n"
            + LEAD + "\n\n" + LEAD)
    assert parse(text).source == "China News Service"
