"""Ingest rules for sources drawn from the twenty-third held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_ministry_website_credited_after_the_last_sentence_is_the_ministry():
    text = f"工业园区项目进展顺利\n\n{ZH_STORY}\n\n{ZH_STORY}(科技部网站)\n"
    assert parse(text).source == "Ministry of Science and Technology of the People's Republic of China"


def test_short_and_english_names_of_the_science_ministry_are_its_names():
    for name in ("科技部", "中国科技部", "Ministry of Science and Technology of China"):
        assert canonical_source(name, registry(), known_only=True) == (
            "Ministry of Science and Technology of the People's Republic of China")


def test_overseas_chinese_network_is_known_by_its_transliterated_name_and_domain():
    for name in ("China Qiaowang", "chinaqw.com", "中國僑網"):
        assert canonical_source(name, registry(), known_only=True) == "China Overseas Chinese Network"


def test_line_of_an_agencys_reporters_under_the_headline_names_the_agency():
    text = f"两国企业扩大乳制品合作\n\n新华社记者王明 刘芳\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_agencys_reporter_posted_abroad_names_the_agency():
    text = f"两国企业扩大乳制品合作\n\n新华社驻明斯克记者 王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_photo_credit_of_an_agencys_reporter_names_no_source():
    text = f"两国企业扩大乳制品合作\n\n新华社记者王明摄\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_own_papers_reporter_line_names_no_source():
    text = f"两国企业扩大乳制品合作\n\n本报记者 王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_forum_logo_with_its_domain_and_tagline_under_the_menus_names_the_site():
    text = (
        "要闻| 关注中国| 健康生活| 流行时尚| 保险理财| 信息交流| 华发移民| 华发工作| 摄影美图\n\n"
        "社会聚焦| 旅游天地| 音乐视频| 校友互动| 网络社区| 教育培训| 华发留学| 关于本站\n\n"
        "华发网China168.info海外中文门户网站\n\n 找回密码\n 立即注册\n\n扫一扫,访问微社区\n\n查看: 512|回复: 0\n\n"
        "两国在工业园区共同举办“丝路”区域合作发展论坛\n\n[复制链接]\n发表于 2021-5-4 09:10:11 | 显示全部楼层 |阅读模式\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.title == "两国在工业园区共同举办“丝路”区域合作发展论坛"
    assert article.source == "China168"


def test_image_placeholder_sending_the_reader_to_the_platforms_app_names_the_platform():
    text = f"{ZH_STORY}{ZH_STORY}\n\n打开网易新闻 查看精彩图片\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "NetEase"


def test_line_asking_the_reader_to_subscribe_to_the_site_names_the_site():
    text = f"Виза в Китай: что нужно знать\n\n{RU_STORY}\n\nПодпишись на Holiday.by!\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Holiday.by"


def test_agency_initials_and_editors_initials_closing_the_story_name_the_agency():
    text = f"Summit grants Belarus full membership\n\n{EN_STORY}\n\n{EN_STORY}\n\nMNA/KT\n"
    assert parse(text).source == "Mehr News Agency"


def test_initials_of_an_unknown_body_closing_the_story_name_no_source():
    text = f"Summit grants Belarus full membership\n\n{EN_STORY}\n\n{EN_STORY}\n\nXQZ/KT\n"
    assert parse(text).source is None


def test_blog_introducing_a_repost_from_a_registered_outlet_names_that_outlet():
    text = f"From the Jamestown Foundation's China Brief, March 3:\n\nIntroduction\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "The Jamestown Foundation"


def test_city_and_day_then_a_registered_outlet_and_a_dash_opening_the_lead_name_the_outlet():
    text = f"Visa-free stay extended for visitors\n\nAlmaty. March 3. Silkroadnews - {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Silkroadnews"


def test_heilongjiang_northeast_net_is_not_liaonings_northeast_news_network():
    assert canonical_source("dbw.cn", registry(), known_only=True) == "Northeast Net"
    assert canonical_source("Northeast News Network", registry(), known_only=True) == "Northeast News Network"
