"""Ingest rules for sources drawn from the twenty-fourth and twenty-fifth held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

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


def test_think_tanks_series_name_above_the_headline_names_the_think_tank():
    text = f"OSW Commentary\n\nTough times for the potash trade of the region\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Centre for Eastern Studies"


def test_chinese_sites_notice_that_it_holds_the_rights_names_the_site():
    text = (f"两国企业签署输电线路建设合同\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n"
            "《透视俄罗斯》网站及其所有方拥有网页发布所有信息的完全版权。未经书面同意禁止转载。\n")
    assert parse(text).source == "Russia Beyond"


def test_dated_credit_line_in_brackets_under_the_story_names_the_outlet():
    text = f"两国农产品贸易快速增长\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n(中国金融信息网 2021-03-05)\n"
    assert parse(text).source == "China Financial Information Network"


def test_contact_email_at_the_foot_names_the_site_of_its_domain():
    text = (f"Стороны подписали новые соглашения о сотрудничестве\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "101000, Россия, Москва, улица Примерная, 1\n\nПочта: editor@dailymoscow.ru\n")
    assert parse(text).source == "Daily Moscow"


def test_contact_email_at_a_common_mailbox_names_no_source():
    text = (f"Стороны подписали новые соглашения о сотрудничестве\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Почта: redakcia@mail.ru\n")
    assert parse(text).source is None


def test_line_asking_readers_to_subscribe_to_the_outlets_channel_names_the_outlet():
    text = f"两国防长举行会谈\n\n立即订阅亚视新闻 YouTube,即时掌握时事发展。\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "ATV News (亚视新闻)"


def test_new_outlets_are_known_by_their_names_and_domains():
    expected = {"透視俄羅斯": "Russia Beyond", "rbth.com": "Russia Beyond", "dailymoscow.ru": "Daily Moscow",
                "中國金融信息網": "China Financial Information Network", "Барановичи FM": "Baranovichi FM",
                "100fm.by": "Baranovichi FM"}
    for name, source in expected.items():
        assert canonical_source(name, registry(), known_only=True) == source


def test_wire_signing_a_paragraph_under_a_lead_of_several_sentences_is_retold_not_the_source():
    text = (
        "Minsk and Beijing sign loan agreements\n\n"
        "The two countries signed three loan agreements and eight contracts. The ceremony was held in the capital.\n\n"
        "The banks also agreed on the financing of new railway projects in the east of the country, BelTA informs.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source is None


def test_wire_signing_the_lead_under_a_one_sentence_standfirst_is_the_source():
    text = (
        "Minsk and Beijing sign loan agreements\n\n"
        "The two countries have signed new loan agreements worth billions.\n\n"
        "The banks also agreed on the financing of new railway projects in the east of the country, BelTA informs.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source == "BelTA"


def test_review_named_above_the_headline_is_the_source_of_an_item_retelling_the_wire():
    text = (
        "home    archive    search    contacts\n\nBelarusian Review\n\n\nMinsk and Beijing sign loan agreements\n\n"
        "The two countries signed three loan agreements and eight contracts. The ceremony was held in the capital.\n\n"
        "The banks also agreed on the financing of new railway projects in the east of the country, BelTA informs.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source == "Belarusian Review"


def test_login_name_in_the_source_slot_is_no_outlet_and_the_breadcrumbs_home_names_the_site():
    text = (
        "您的位置:万语首页>新闻资讯> 两国加强军事合作\n\n两国加强军事合作\n\n"
        "来源: wangming | 更新日期:2015-05-29 11:11:49 | 浏览(60)人次\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).source == "360wyw"


def test_login_name_in_the_source_slot_names_no_source():
    text = f"两国加强军事合作\n\n来源: wangming | 更新日期:2015-05-29 11:11:49\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_masthead_line_published_daily_by_a_registered_institute_names_it():
    text = f"Published daily by the Lowy Institute\n\nMinsk weighs its ties with Beijing and Moscow\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Lowy Institute"


def test_outlets_standing_notice_of_being_declared_undesirable_names_it():
    text = (f"Belarusian leader begins visit to China\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "RFE/RL has been declared an \"undesirable organization\" by the Russian government.\n")
    assert parse(text).source == "RFE/RL"


def test_page_address_in_the_article_source_label_names_the_registered_site():
    text = (f"兩國舉行聯合演習\n\n2024-07-09     利刃號\n\n{ZH_STORY}\n\n"
            "文章來源: https://twgreatdaily.com/0123456789abcdef.html\n")
    assert parse(text).source == "Twgreatdaily"
