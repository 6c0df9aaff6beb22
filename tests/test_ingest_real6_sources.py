"""Sources from the sixth real held-out set: written-for-the-test texts, general rules only."""
from ingest_support import parse

LEAD = "The two sides discussed trade, logistics and a new plan for the industrial park near the capital city."


def test_image_source_label_is_a_photo_credit():
    text = ("Skip to content\n\nPotash Deal Tests Partnership\n\nPhoto 123 Abc\n"
            "Image Source: Regional Assembly/Flickr\n\n" + LEAD + "\n\n" + LEAD)
    assert parse(text).source is None


def test_source_label_still_read():
    text = "Potash Deal Tests Partnership\n\nSource: BelTA\n\n" + LEAD + "\n\n" + LEAD
    assert parse(text).source == "BelTA"


def test_social_links_repeating_a_name():
    text = ("Свободная Пресса в Телеграм Свободная Пресса Вконтакте Свободная Пресса на Youtube\n\n"
            "Минск получит заем на строительство дорог\n\n"
            "Правительство одобрило новый заем на строительство дорог в трех областях страны.\n\n"
            "Средства направят на ремонт мостов и развязок.")
    assert parse(text).source == "Svobodnaya Pressa"


def test_social_links_unregistered_name_on_separate_lines():
    text = ("Steppe Herald on Telegram\nSteppe Herald on Facebook\n\nCity opens new rail terminal\n\n"
            + LEAD + "\n\n" + LEAD)
    assert parse(text).source == "Steppe Herald"


def test_we_on_telegram_names_no_one():
    text = "Мы в Telegram\nМы в VK\n\nМинск получит заем\n\nПравительство одобрило новый заем на строительство дорог.\n\nСредства направят на ремонт."
    assert parse(text).source is None


def test_one_social_link_is_not_enough():
    text = "Steppe Herald on Telegram\n\nCity opens new rail terminal\n\n" + LEAD + "\n\n" + LEAD
    assert parse(text).source is None


def test_subscribe_to_our_channel_names_the_outlet():
    text = ("В Минск доставлена партия вакцины\n\nСамолет с грузом приземлился в национальном аэропорту ночью.\n\n"
            "Груз передадут на склад для распределения по областям.\n\n"
            "Подписывайтесь на наш Telegram-канал Минская правда|MLYN.by, чтобы не пропускать новости.")
    assert parse(text).source == "Minskaya Pravda"


def test_donation_appeal_names_the_outlet():
    text = ("Учения завершились в провинции Шаньдун, за ними наблюдал начальник штаба.\n\n"
            "Спецназовцы отработали освобождение заложников.\n\nПоддержите Reform.news донатом!")
    assert parse(text).source == "Reform.news"


def test_news_agency_correspondent_reports():
    text = ("Belarus joins the bloc\n\nToday at the summit in Astana, Belarus was accepted as a full member, "
            "Kazinform News Agency correspondent reports.\n\n" + LEAD)
    assert parse(text).source == "Kazinform"


def test_has_learned_closing_a_later_sentence_of_the_lead():
    text = ("Half a billion invested in the park\n\nAbout $500 million has been invested in the park. "
            "The minister said so at a forum in the park on 2 July, BelTA has learned.\n\n" + LEAD)
    assert parse(text).source == "BelTA"


def test_reported_later_in_lead_is_not_the_source():
    text = ("Half a billion invested in the park\n\nAbout $500 million has been invested in the park. "
            "The minister said so at a forum, Reuters reported.\n\n" + LEAD)
    assert parse(text).source is None


def test_image_alt_stamp_names_the_site():
    text = ("白俄羅斯與中國討論軍事合作\n\n© AP Photo / Someone明斯克與北京討論合作\n"
            "明斯克與北京討論合作 - 俄羅斯衛星通訊社, 1920, 29.10.2023\n"
            "白俄羅斯國防部新聞處發佈消息稱,雙方正在制定合作路線圖。\n雙方還討論了聯合訓練。")
    assert parse(text).source == "Sputnik"


def test_chinese_story_opening_on_a_wire_correspondents_report():
    text = ("卢卡申科谈及与中国的关系\n9月23日据白通社记者报道,白俄罗斯总统在会见记者时介绍了与中国的关系。\n"
            "他说,两国合作取得了很大进展。")
    assert parse(text).source == "BelTA"


def test_chinese_wire_report_quoted_later_is_not_the_source():
    text = ("卢卡申科谈及与中国的关系\n白俄罗斯总统在会见记者时介绍了与中国的关系。\n"
            "据白通社记者报道,两国合作取得了很大进展。")
    assert parse(text).source is None


def test_registered_outlets_of_the_sixth_set():
    from ingest_support import registry
    reg = registry()
    for name in ("ИА Красная Весна", "Русранд", "The China Project", "China Observers in Central and Eastern Europe (CHOICE)"):
        assert reg.source_named(name) is not None, name
    assert reg.source_named("Choice") is None
