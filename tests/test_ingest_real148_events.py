"""Event dates seen on real pages of sets 145-156: shapes where the text gives no day of the event."""
import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_opening_that_tells_only_a_plan_gives_no_day():
    text = (
        "Форум по торговле пройдет в Гомеле летом\n"
        "2019-03-20 10:15:00\n"
        "Гомель, 19 марта /Вирта/ -- Международный форум по торговле планируется провести в Гомеле в июне. "
        "Об этом объявил председатель областного совета Ивар Долин.\n"
        f"{RU_STORY}\n{RU_STORY}\n"
    )
    article = parse(text)
    assert article.date == dt.date(2019, 3, 20)
    assert article.event_date is None


def test_opening_that_tells_a_past_deed_keeps_the_datelines_day():
    text = (
        "Forum on trade held in Gomel\n"
        "2019-03-20 10:15:00\n"
        "GOMEL, March 19 (Virta) -- An international forum on trade was held in Gomel, "
        "the chairman of the regional council Ivar Dolin said.\n"
        f"{EN_STORY}\n{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2019, 3, 19)


def test_chinese_since_day_without_a_page_date_is_a_states_start():
    text = (
        "反对派领袖谈邻国局势\n"
        "自2021年3月14日凌晨起,某国边境一直处于封锁状态,引发各方关注。\n"
        f"{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_chinese_day_a_page_without_date_names_dates_its_news():
    text = (
        "反对派领袖谈邻国局势\n"
        "2021年3月14日,某国代表团抵达边境城市并举行会谈,引发各方关注。\n"
        f"{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2021, 3, 14)
