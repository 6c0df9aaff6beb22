"""Ingest rules for publication dates, datelines and event dates drawn from the 38th to 40th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_wire_dateline_days_before_the_store_marker_gives_the_wires_day():
    text = (f" date 2023-02-05\nTractor maker signs supply deal\n\n"
            f"LUSAKA, Feb 2 (Reuters) - The tractor maker on Thursday signed a supply deal. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2023-02-02"


def test_a_wire_dateline_one_day_before_the_store_marker_leaves_the_marker():
    text = (f" date 2023-02-03\nTractor maker signs supply deal\n\n"
            f"LUSAKA, Feb 2 (Reuters) - The tractor maker on Thursday signed a supply deal. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2023-02-03"


def test_a_yearless_wire_dateline_takes_the_latest_named_year_that_fits_the_leads_weekday():
    text = (f"TASHKENT, May 16 (Xinhua) -- The premier arrived here Tuesday for the Expo 2017 opening, "
            f"his third visit after 2011 and 2014. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2017-05-16"


def test_a_yearless_wire_dateline_stays_undated_when_the_weekday_fits_no_named_year():
    text = (f"TASHKENT, May 17 (Xinhua) -- The premier arrived here Tuesday for the Expo 2017 opening, "
            f"his third visit after 2011 and 2014. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_yearless_dateline_takes_the_year_of_a_visit_announced_days_ahead():
    text = (f"Президент посетит Казахстан\n\nАСТАНА, 3 окт - Sputnik. Президент 7-8 октября 2019 года посетит "
            f"страну с официальным визитом. {RU_STORY}\n\n{RU_STORY}\n")
    assert str(parse(text).date) == "2019-10-03"


def test_a_yearless_dateline_takes_no_year_from_a_date_months_away():
    text = (f"Президент посетит Казахстан\n\nАСТАНА, 3 окт - Sputnik. Договор подписан 7 марта 2019 года "
            f"в столице. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date is None


def test_a_dateline_after_a_standfirst_still_dates_the_story():
    text = (f"Президент посетит Казахстан\n\nПереговоры пройдут в загородной резиденции.\n\n"
            f"АСТАНА, 3 окт - Sputnik. Президент 7-8 октября 2019 года посетит "
            f"страну с официальным визитом. {RU_STORY}\n\n{RU_STORY}\n")
    assert str(parse(text).date) == "2019-10-03"


def test_a_dateline_without_an_agency_takes_no_year_from_the_weekday():
    text = (f"TASHKENT, May 16 -- The premier arrived here Tuesday for the Expo 2017 opening, "
            f"his third visit after 2011 and 2014. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_date_in_words_glued_to_the_first_sentence_is_the_pages_stamp():
    text = (f"Минск и Пекин подписали соглашение\n\n5 марта 2020 г.Министры двух стран в четверг подписали "
            f"соглашение о сотрудничестве. {RU_STORY}\n\n{RU_STORY}\n")
    assert str(parse(text).date) == "2020-03-05"


def test_a_first_sentence_opening_with_a_date_in_words_is_no_stamp():
    text = (f"Минск и Пекин подписали соглашение\n\n5 марта 2020 года министры двух стран подписали "
            f"соглашение о сотрудничестве. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date is None


def test_a_closing_agency_credit_in_brackets_dates_the_story():
    text = (f"The institute will teach the language from next year, according to an agreement signed on Monday. "
            f"{EN_STORY}\n\n{EN_STORY}\n\n(Tass News Agency March 6, 2007)\n")
    assert str(parse(text).date) == "2007-03-06"


def test_a_stamp_under_the_story_dates_it_when_nothing_above_does():
    text = (f"外交部今天表示,將加強邊境管理。{ZH_STORY}\n\n{ZH_STORY}\n\n◤熱門旅遊清單◢\n更新時間:2022/03/15 10:21\n")
    assert str(parse(text).date) == "2022-03-15"


def test_a_list_of_stamps_under_the_story_dates_nothing():
    text = (f"外交部今天表示,將加強邊境管理。{ZH_STORY}\n\n{ZH_STORY}\n\n2022-03-15 10:21:08\n2022-03-15 09:40:51\n")
    assert parse(text).date is None


def test_a_kazinform_dateline_with_the_reporter_between_slashes_gives_the_city():
    text = (f"Товарооборот вырастет\n\nАСТАНА. 3 июня. КАЗИНФОРМ /Иван Петров/ - Товарооборот двух стран вырастет, "
            f"сообщил министр. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).dateline == "Astana"


def test_a_dateline_with_the_year_and_its_word_gives_the_city():
    text = (f"Подписано соглашение\n\nБишкек, 3 июня 2024 года – Министр принял участие в подписании "
            f"соглашения. {RU_STORY}\n\n{RU_STORY}\n")
    parsed = parse(text)
    assert (parsed.dateline, str(parsed.date)) == ("Bishkek", "2024-06-03")


def test_a_known_city_in_capitals_and_a_hyphen_is_a_dateline():
    text = f"Corn deal expected\n\nMINSK - The company expects to sign a quarantine deal this year. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_a_label_in_capitals_and_a_hyphen_is_no_dateline():
    text = f"Corn deal expected\n\nUPDATE - The company expects to sign a quarantine deal this year. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline is None


def test_an_agency_tag_run_into_a_known_city_and_a_dash_is_a_dateline():
    text = f"两国深化友谊\n\n越通社河内——两国领导人将于下月举行会谈。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Hanoi"


def test_a_reporters_special_dispatch_gives_the_city():
    text = f"（中央社記者王小明維爾紐斯19日專電）立陶宛外交部今天表示將尋求協助。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Vilnius"


def test_a_wire_dateline_after_a_chinese_photo_credit_gives_the_city():
    text = (f"10月22日，總理在論壇期間表示合作很重要。（圖片來源：新華社/某國政府供圖） 中評社北京10月23日電／"
            f"據新華社報導，總理22日表示合作很重要。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).dateline == "Beijing"


def test_the_capitals_name_of_the_time_is_kept_in_the_dateline():
    text = f"NUR-SULTAN – The president will pay a state visit next week. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Nur-Sultan"


def test_a_day_takes_its_year_from_the_anniversary_this_year_not_from_its_origin():
    text = (f"Комиссия соберется в Гродно\n\nГродно посетит вице-премьер. 14 октября здесь пройдет заседание комиссии.\n\n"
            f"«В этом году сотрудничеству исполнилось 20 лет. 10 октября 1998 года были подписаны первые соглашения, - сказал он.»\n\n{RU_STORY}\n")
    assert str(parse(text).event_date) == "2018-10-14"
