"""Source rules from the real145-147 pages: the outlet's own correspondent named by its lowercase domain
('…, передает корреспондент sb.by') or sending the reader to the details ('Подробности … приводит
корреспондент X'), and a registered agency's dated sign-off under a story a site reposts under its own
banner; a foreign credit 'By … from <Outlet>'; an info bar's bracketed source cell ('[Source] X [Time] …');
a subscription prompt closing a line under the story ('… - подпишитесь на X:'); a station's live player in the
page's chrome ('X online' over 'Current track'); a contact e-mail in the site's address block over the story; the
hosting site at the root of its breadcrumb as the publisher of a story labelled with another outlet.
Texts written for the tests."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

RU_TITLE = "Делегация области посетила побратимский город в Китае"
EN_TITLE = "River bridge brings two border towns closer together"


def test_a_correspondent_named_by_the_sites_lowercase_domain_is_its_own():
    text = (f"{RU_TITLE}\n\nСегодня в университете прошла встреча с гостями из провинции, передает корреспондент sb.by "
            f"со ссылкой на пресс-службу учреждения.\n\n{RU_STORY}\n")
    assert parse(text).source == "Belarus Today"


def test_details_given_by_the_sites_correspondent_name_the_site():
    text = (f"{RU_TITLE}\n\nСегодня в университете прошла встреча с гостями из провинции. Подробности со ссылкой "
            f"на пресс-службу приводит корреспондент sb.by.\n\n{RU_STORY}\n")
    assert parse(text).source == "Belarus Today"


def test_details_in_a_story_that_names_no_correspondent_name_no_source():
    text = (f"{RU_TITLE}\n\nСегодня в университете прошла встреча с гостями из провинции. Подробности "
            f"приводит пресс-служба учреждения.\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_an_agencys_dated_sign_off_outranks_the_hosting_sites_banner():
    text = (f"Белорусский портал в Казахстане\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            f"Интерфакс-Запад, 12 марта 2019\n\nТекущая дата: 01.02.2024\n")
    assert parse(text).source == "Interfax-West"


def test_a_sites_banner_alone_still_names_the_site():
    text = f"Белорусский портал в Казахстане\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nТекущая дата: 01.02.2024\n"
    assert parse(text).source == "belarus.kz"


def test_a_byline_crediting_its_writers_to_a_registered_paper_names_the_paper():
    text = f"By Anna Mirova, Tom Kell and Li Pengfei from People’s Daily\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).source == "People's Daily"


def test_a_byline_from_a_city_names_no_source():
    text = f"{EN_TITLE}\n\nBy Anna Mirova from Beijing\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_an_info_bars_bracketed_source_cell_names_the_source():
    text = f"{EN_TITLE}\n\n[Source]    Steppe Lakes Language Institute [Time]    2021-04-12 10:30:00\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Steppe Lakes Language Institute"


def test_an_info_bars_bracketed_source_cell_gives_the_registered_name():
    text = f"{EN_TITLE}\n\n[Source] Republican Confucius Institute at BSU [Time] 2021-04-12 10:30:00\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Republican Institute of Chinese Studies"


def test_a_subscription_prompt_closing_a_line_under_the_story_names_the_site():
    text = (f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            f"Рекомендуем: Будьте в курсе событий - подпишитесь на sb.by:\n\nЧтобы оставить комментарий, войдите\n")
    assert parse(text).source == "Belarus Today"


def test_a_stations_live_player_in_the_chrome_names_the_station():
    text = (f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nLeave a Reply\n\n"
            f"Барановичи FM online\n\nCurrent track\nTITLE\nARTIST\n")
    assert parse(text).source == "Baranovichi FM"


def test_a_name_with_online_but_no_player_names_no_source():
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nLeave a Reply\n\nБарановичи FM online\n"
    assert parse(text).source is None


def test_a_contact_e_mail_in_the_address_block_over_the_story_names_the_site():
    text = (f"Адрес приемной: 213000, область, г. Энск, ул. Садовая, 1\nТелефон приемной: 8 (0000) 1-22-33\n"
            f"E-mail:priemnaya@osipovichi.gov.by\n{RU_STORY}\n{RU_STORY}\n")
    assert parse(text).source == "Osipovichi District Executive Committee"


def test_a_breadcrumb_rooted_at_a_registered_site_names_the_publisher_of_a_labelled_story():
    text = (f"您当前的位置 : 中国甘肃网 >> 新闻中心 >> 国内要闻\n\n两国外长在首都举行会谈并签署合作文件\n\n"
            f"23-02-27 21:51 来源:新华社 编辑:王某\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert (article.source, article.publisher) == ("Xinhua", "Gscn")
