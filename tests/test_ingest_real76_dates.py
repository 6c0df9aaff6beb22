"""Ingest rules for dates and datelines drawn from the 76th to 79th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse


def test_a_city_with_accents_keeps_its_dateline_date_and_wire():
    text = ("Poznań, May 12, 2019 (Eastwire) - The governments of Northland and Eastland want to expand "
            "trade in grain and machinery.\n\n"
            f"{EN_STORY}\n")
    article = parse(text)
    assert (article.dateline, str(article.date), article.source) == ("Poznan", "2019-05-12", "Eastwire")


def test_an_accented_city_the_list_does_not_know_is_kept_as_printed():
    text = ("Trade talks open\n\n"
            "Ribeirão Alto, March 3, 2011 (Eastwire) - Trade envoys of Northland and Eastland met on Tuesday.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "Ribeirão Alto"


def test_a_city_whose_name_opens_with_a_two_letter_word_is_a_dateline():
    text = ("Naval ships visit the port\n\n"
            "Da Nang (Eastwire) – Two naval ships of Northland arrived at the port on Monday for a friendly visit.\n\n"
            f"{EN_STORY}\n")
    article = parse(text)
    assert (article.dateline, article.source) == ("Da Nang", "Eastwire")


def test_a_four_word_city_opening_with_a_two_letter_word_is_a_dateline():
    text = ("Business forum held\n\n"
            "Ho Chi Minh City (Eastwire) – A business forum of Northland and Eastland opened on Friday.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "Ho Chi Minh City"


def test_a_preposition_before_a_city_is_no_dateline():
    text = ("Envoys meet\n\n"
            "In Minsk (Eastwire) – envoys of Northland and Eastland met on Friday to discuss trade.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline != "In Minsk"


def test_a_wire_dateline_opening_the_deck_dates_a_mirror_copy_months_later():
    text = ("特稿丨山河相连 共话友谊\n\n"
            "发布时间:2023-11-20 10:15:00 来源: 镜像站\n\n"
            "  新华社阿拉木图6月5日电 题:山河相连 共话友谊\n\n"
            f"  {'盛夏时节,城市街头绿树成荫。'}\n\n"
            "  2019年双方签署合作协议以来,两地往来日益密切。\n\n"
            "  双方就经贸、交通和能源领域的合作交换了意见,同意在秋季再次会晤,共同审议工业园区项目的进展情况。\n")
    assert str(parse(text).date) == "2023-06-05"


def test_a_release_dateline_of_a_capitals_city_and_a_complete_date_dates_the_page():
    text = ("Consul meets the city's foreign affairs office\n\n"
            "KANDY 07 July 2021 – The consul general of Northland paid a courtesy call on the director of the "
            "city's foreign affairs office.\n\n"
            f"{EN_STORY}\n")
    article = parse(text)
    assert (article.dateline, str(article.date)) == ("Kandy", "2021-07-07")


def test_a_full_date_dateline_under_a_photo_line_dates_the_page():
    text = ("Consul meets the city's foreign affairs office\n\n"
            "Left photo: the consul general (third from left) is received by the director of the office.\n\n"
            "KANDY 07 July 2021 – The consul general of Northland paid a courtesy call on the director of the "
            "city's foreign affairs office.\n\n"
            f"{EN_STORY}\n")
    assert str(parse(text).date) == "2021-07-07"


def test_a_date_over_a_headline_and_a_previous_news_link_is_the_neighbouring_story():
    text = ("12.03.2021\n"
            "Министр Иванов: мост откроют в следующем году\n"
            "prev Предыдущие новости\n\n"
            "Торговое сотрудничество развивается\n\n"
            "Премьер-министр Северии принял сегодня делегацию Восточии во главе с министром торговли. "
            "Стороны обсудили поставки зерна и техники.\n\n"
            "Министр поблагодарил за теплый прием и отметил, что сотрудничество в сфере торговли растет.\n")
    assert parse(text).date is None


def test_a_date_over_the_page_headline_without_a_neighbour_link_still_dates_the_page():
    text = ("12.03.2021\n"
            "Торговое сотрудничество развивается\n\n"
            "Премьер-министр Северии принял делегацию Восточии во главе с министром торговли. "
            "Стороны обсудили поставки зерна и техники.\n\n"
            "Министр поблагодарил за теплый прием и отметил, что сотрудничество в сфере торговли растет.\n")
    assert str(parse(text).date) == "2021-03-12"


def test_a_bracket_of_weekday_date_and_newsletter_opening_the_lead_dates_the_page():
    text = ("Northland seeks help with grain railways\n\n"
            "(Wednesday, June 9, 2004 -- Farmwire news) -- Eastwire: Northland's trade minister is asking "
            "Eastland to help finance railways and ports to speed grain exports.\n\n"
            f"{EN_STORY}\n")
    assert str(parse(text).date) == "2004-06-09"


def test_a_labelled_numeric_date_glued_onto_the_lead_dates_the_page():
    text = ("Northland and Eastland hold talks\n\n"
            "date 2021-06-09 Talks were held in the capital between the leaders of Northland and Eastland.\n\n"
            f"{EN_STORY}\n")
    assert str(parse(text).date) == "2021-06-09"


def test_a_headline_ending_with_its_day_in_brackets_dates_the_page():
    text = ("Northland and Eastland agree to resume flights (22/01/2023)\n\n"
            "The president of Northland said on Sunday that the two countries would resume flights soon.\n\n"
            f"{EN_STORY}\n")
    assert str(parse(text).date) == "2023-01-22"


def test_a_known_city_in_capitals_and_a_full_stop_opening_the_lead_is_a_dateline():
    text = ("Северия откроет представительства\n\n"
            "ЕКАТЕРИНБУРГ. Вопрос об открытии представительств области в трех странах обсуждался на заседании правительства.\n\n"
            "Стороны обсудили поставки зерна и техники в следующем году.\n")
    assert parse(text).dateline == "Yekaterinburg"


def test_a_known_city_the_day_and_the_outlet_alone_on_a_line_is_a_dateline():
    text = ("Губернатор пригласил делегацию Северии\n\n"
            "Омск, 24 мая - Северный листок.\n\n"
            "Губернатор предложил провести в июле заседание совместной комиссии по торговле.\n\n"
            "Стороны обсудили поставки зерна и техники в следующем году.\n")
    assert parse(text).dateline == "Omsk"
