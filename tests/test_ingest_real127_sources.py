"""Where a wire or a site prints its own name in a shape that recurs across outlets: a slashed wire
after a city and before its lead's first word ('Ulaanbaatar /MONTSAME/ A total …'), a wire's
dateline with the country between slashes ('Нарочь /Беларусь/, 18 августа /Синьхуа/ --'), a wire's
name after the city and day on a line of its own ('Baku, September 23, AZERTAC'), a Chinese site's
dated '讯' or '消息' opener naming the site with its channel or the day with its year, and a site's
own call to read it on its channel ("Read 'X' on Telegram!"). Texts written for these tests."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_slashed_wire_after_a_city_and_before_the_leads_first_word_is_the_source():
    text = f"Students win scholarships\n\nUlaanbaatar /MONTSAME/ A total of twelve students won places. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "MONTSAME"


def test_a_slashed_word_before_a_lowercase_word_is_no_credit():
    text = f"Students win scholarships\n\nUlaanbaatar /MONTSAME/ and twelve students won places. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_wire_dateline_with_the_country_between_slashes_credits_the_wire():
    lead = "Гродно /Беларусь/, 12 мая /Синьхуа/ -- Школьники из Пекина приехали в летний лагерь. " + RU_STORY
    assert parse(f"Школьники приехали в лагерь\n\n{lead}\n\n{RU_STORY}\n").source == "Xinhua"


def test_a_country_between_slashes_with_no_wire_after_it_names_no_source():
    lead = "Гродно /Беларусь/, 12 мая /весна/ -- Школьники из Пекина приехали в летний лагерь. " + RU_STORY
    assert parse(f"Школьники приехали в лагерь\n\n{lead}\n\n{RU_STORY}\n").source is None


def test_a_wires_name_after_the_city_and_day_on_its_own_line_is_the_source():
    text = f"Minister meets investors\n\nBaku, October 3, AZERTAC\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Azertac"


def test_an_unregistered_word_after_the_city_and_day_names_no_source():
    text = f"Minister meets investors\n\nBaku, October 3, Tuesday\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_site_named_with_its_channel_opening_a_dated_lead_is_the_source():
    lead = "齐鲁网·闪电新闻12月4日讯 记者从医学院获悉,两校签署了合作备忘录。" + ZH_STORY
    assert parse(f"两校建立合作关系\n\n{lead}\n\n{ZH_STORY}\n").source == "iQilu"


def test_a_site_opening_a_lead_dated_with_its_year_is_the_source():
    lead = "齐鲁网2016年11月22日消息:11月21日晚,首趟包机顺利抵达。" + ZH_STORY
    assert parse(f"首趟包机抵达\n\n{lead}\n\n{ZH_STORY}\n").source == "iQilu"


def test_a_call_to_read_a_registered_site_on_its_channel_names_it():
    text = f"President meets investors\n\n{EN_STORY}\n\n{EN_STORY}\n\nRead 'Zamin.uz' on Telegram!\n"
    assert parse(text).source == "Zamin.uz"
