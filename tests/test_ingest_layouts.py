"""Page layouts of outlets that are not in the dev set (texts written for these tests)."""
import datetime as dt
import textwrap

import pytest

from despatch.ingest import parse_text
from despatch.registry import load_registry

D = dt.date

LAYOUTS = {
    "global-times": ("""
        Global Times
        Home
        China
        Politics

        Xi, Lukashenko hold talks in Beijing

        By Global Times
        Published: Mar 01, 2023 10:12 PM

        Chinese President Xi Jinping held talks with Belarusian President Alexander Lukashenko on Wednesday in Beijing.

        The two sides signed a joint statement.
        """, dict(title="Xi, Lukashenko hold talks in Beijing", date=D(2023, 3, 1), time="22:12",
                  source="Global Times", author=None, dateline=None, event_date=D(2023, 3, 1))),
    "xinhua-en-site": ("""
        Xi holds talks with Belarusian president
        Source: Xinhua
        Editor: huaxia
        2023-03-01 19:28:45

        BEIJING, March 1 (Xinhua) -- Chinese President Xi Jinping held talks with Belarusian President Alexander Lukashenko in Beijing on Wednesday.

        Xi said China is ready to work with Belarus.
        """, dict(title="Xi holds talks with Belarusian president", date=D(2023, 3, 1), time="19:28:45",
                  source="Xinhua", author=None, dateline="Beijing", event_date=D(2023, 3, 1))),
    "tass-ru-headline": ("""
        Политика
        1 МАР 2023, 15:40
        Си Цзиньпин и Лукашенко провели переговоры в Пекине
        Стороны подписали совместное заявление
        ПЕКИН, 1 марта. /ТАСС/. Председатель КНР Си Цзиньпин и президент Белоруссии Александр Лукашенко провели в среду переговоры в Пекине.
        Об этом сообщило Центральное телевидение Китая.
        """, dict(title="Си Цзиньпин и Лукашенко провели переговоры в Пекине", subtitle="Стороны подписали совместное заявление",
                  date=D(2023, 3, 1), time="15:40", source="TASS", dateline="Beijing", language="ru", event_date=D(2023, 3, 1))),
    "ria": ("""
        РИА Новости
        В мире
        Лавров и Ван И обсудили ситуацию на Украине
        15:20 01.03.2023 (обновлено: 16:05 01.03.2023)
        МОСКВА, 1 мар — РИА Новости. Глава МИД России Сергей Лавров и министр иностранных дел КНР Ван И обсудили по телефону ситуацию на Украине, сообщили в МИД.
        Стороны договорились продолжить контакты.
        """, dict(title="Лавров и Ван И обсудили ситуацию на Украине", date=D(2023, 3, 1), time="15:20",
                  source="RIA Novosti", dateline="Moscow", language="ru")),
    "sb-by-ru": ("""
        Беларусь сегодня
        Политика
        Лукашенко: Беларусь и Китай – настоящие друзья
        01.03.2023 18:45
        Автор: Анна Иванова
        Президент Беларуси Александр Лукашенко в среду провел переговоры с Председателем КНР в Пекине.
        Стороны подписали пакет документов о сотрудничестве.
        Фото: БЕЛТА
        """, dict(title="Лукашенко: Беларусь и Китай – настоящие друзья", date=D(2023, 3, 1), time="18:45",
                  source="Belarus Today", author="Анна Иванова", dateline=None, event_date=D(2023, 3, 1))),
    "people-daily-zh": ("""
        人民网>>国际
        中白元首举行会谈
        2023年03月01日19:25 | 来源：人民网-人民日报
        本报北京3月1日电  （记者杜尚泽、王远）国家主席习近平1日在人民大会堂同白俄罗斯总统卢卡申科举行会谈。
        两国元首一致同意深化合作。
        （责编：张三、李四）
        """, dict(title="中白元首举行会谈", date=D(2023, 3, 1), time="19:25", source="People's Daily",
                  author="杜尚泽, 王远", dateline="Beijing", language="zh", event_date=D(2023, 3, 1))),
    "xinhuanet-zh": ("""
        新华网 > > 正文
        习近平同卢卡申科举行会谈
        2023-03-01 19:26:35 来源：新华网
        新华社北京3月1日电 国家主席习近平1日在人民大会堂同白俄罗斯总统卢卡申科举行会谈。
        会谈后，两国元首共同见证签署多项合作文件。
        【纠错】 【责任编辑：张三】
        """, dict(title="习近平同卢卡申科举行会谈", date=D(2023, 3, 1), source="Xinhua", author=None, dateline="Beijing")),
    "gov-cn-updated-only": ("""
        Home | Premier | News | Policies
        Li Qiang meets Belarusian PM in Minsk
        Updated: Aug 23, 2024 09:10 Xinhua
        MINSK, Aug. 22 (Xinhua) -- Chinese Premier Li Qiang met Belarusian Prime Minister Roman Golovchenko in Minsk on Thursday.
        The two sides agreed to deepen cooperation.
        """, dict(title="Li Qiang meets Belarusian PM in Minsk", date=D(2024, 8, 23), time="09:10",
                  source="Xinhua", dateline="Minsk", event_date=D(2024, 8, 22))),
    "fmprc-date-in-title": ("""
        Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 1, 2023
        2023-03-01 19:30
        Reuters: Belarusian President Lukashenko is visiting China. What is China's expectation of the visit?
        Mao Ning: President Xi Jinping held talks with President Lukashenko today. I would refer you to the readout.
        """, dict(title="Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 1, 2023",
                  date=D(2023, 3, 1), time="19:30", source=None, author=None, event_date=D(2023, 3, 1))),
    "euronews": ("""
        Belarus leader visits China amid Ukraine war
        By Jane Smith
        Published on 01/03/2023 - 15:20•Updated 02/03/2023 - 10:00
        Belarusian President Alexander Lukashenko met Chinese leader Xi Jinping in Beijing on Wednesday, state media said.
        The visit came as China presented a position paper on the war.
        """, dict(title="Belarus leader visits China amid Ukraine war", date=D(2023, 3, 1), time="15:20",
                  author="Jane Smith", source=None, event_date=D(2023, 3, 1))),
    "belta-ru-site": ("""
        Политика
        01.03.2023 17:40
        Лукашенко и Си Цзиньпин подписали заявление о всепогодном партнерстве
        ПЕКИН, 1 марта (БЕЛТА) – Президент Беларуси Александр Лукашенко и Председатель КНР Си Цзиньпин подписали совместное заявление.
        Документ определяет приоритеты сотрудничества.
        """, dict(date=D(2023, 3, 1), time="17:40", source="BelTA", dateline="Beijing", language="ru")),
    "filed-day-before-publication": ("""
        Russia and China hold naval drills
        2023-07-21 01:10
        MOSCOW, July 20 (Xinhua) -- Russia and China on Wednesday started joint naval drills in the Sea of Japan, the defence ministry said.
        """, dict(date=D(2023, 7, 21), dateline="Moscow", source="Xinhua", event_date=D(2023, 7, 19))),
    "reuters-site-glued-time": ("""
        Skip to main content
        Exclusive news, data and analytics for financial market professionals
        World
        China's Xi hosts Belarus' Lukashenko as Ukraine war grinds on
        By Laurie Chen and Yew Lun Tian
        March 1, 202312:52 PM GMTUpdated 2 years ago
        BEIJING, March 1 (Reuters) - Chinese President Xi Jinping held talks with Belarusian President Alexander Lukashenko on Wednesday.
        """, dict(title="China's Xi hosts Belarus' Lukashenko as Ukraine war grinds on", date=D(2023, 3, 1), time="12:52",
                  source="Reuters", author="Laurie Chen, Yew Lun Tian", dateline="Beijing")),
    "ap-byline-is-the-agency": ("""
        World News
        Belarus leader visits China as Beijing seeks to broker Ukraine peace
        By The Associated Press
        Updated 4:05 AM GMT+3, March 1, 2023
        BEIJING (AP) — Belarusian President Alexander Lukashenko met Chinese leader Xi Jinping on Wednesday, state media said.
        """, dict(subtitle=None, date=D(2023, 3, 1), time="04:05", utc_offset="+03:00", source="AP", author=None, dateline="Beijing")),
    "bbc-image-credits": ("""
        Belarus leader Lukashenko in China for talks with Xi
        1 March 2023
        Share
        Image source, Getty Images
        Image caption, Mr Lukashenko is a close ally of Russia
        Belarus's President Alexander Lukashenko has arrived in Beijing for a three-day state visit, Chinese state media say.
        """, dict(subtitle=None, date=D(2023, 3, 1), source=None,
                  captions=("Image source, Getty Images", "Image caption, Mr Lukashenko is a close ally of Russia"))),
    "cctv-zh-app-source": ("""
        央视网
        首页 > 新闻 > 国际
        习近平同白俄罗斯总统卢卡申科会谈
        2023年03月01日 19:30 来源：央视新闻客户端
        央视网消息（新闻联播）：3月1日，国家主席习近平在人民大会堂同来华进行国事访问的白俄罗斯总统卢卡申科举行会谈。
        编辑：王五 责任编辑：刘六
        """, dict(title="习近平同白俄罗斯总统卢卡申科会谈", date=D(2023, 3, 1), source="CCTV", author=None, event_date=D(2023, 3, 1))),
    "belarusian-language": ("""
        Лукашэнка прыляцеў у Пекін
        28.02.2023 / 12:40
        Аляксандр Лукашэнка прыляцеў з дзяржаўным візітам у Кітай, паведаміла прэс-служба.
        """, dict(title="Лукашэнка прыляцеў у Пекін", date=D(2023, 2, 28), time="12:40", source=None, language="ru")),
    "page-title-then-headline": ("""
        Lukashenko meets Chinese envoy in Minsk - BBC News
        Skip to content
        Home
        News
        Lukashenko meets Chinese envoy in Minsk
        12 April 2023
        By Anna Petrova, Eastern Europe reporter
        Belarusian leader Alexander Lukashenko met the new Chinese ambassador in Minsk today, his office said.
        """, dict(title="Lukashenko meets Chinese envoy in Minsk", source="BBC", author="Anna Petrova",
                  date=D(2023, 4, 12), event_date=D(2023, 4, 12))),
    "host-brand-above-wire-credit-below": ("""
        The Moscow Times
        Independent News From Russia
        News
        Opinion
        Putin and Xi meet in Beijing
        Oct. 18, 2023
        AFP
        President Vladimir Putin on Wednesday met Chinese leader Xi Jinping in Beijing, the Kremlin said.
        """, dict(title="Putin and Xi meet in Beijing", source="AFP", publisher="The Moscow Times", author=None,
                  date=D(2023, 10, 18), event_date=D(2023, 10, 18))),
    "unprefixed-byline-with-cities": ("""
        Belarus
        Xi hosts Lukashenko in Beijing
        The visit comes days after China's position paper on Ukraine
        Anna Novak in Riga and Li Wei in Taipei
        Wed 1 Mar 2023 13.05 GMT
        The Belarusian leader arrived on Tuesday. He held talks with the Chinese president on Wednesday morning.
        """, dict(author="Anna Novak, Li Wei", time="13:05", date=D(2023, 3, 1), event_date=D(2023, 3, 1),
                  subtitle="The visit comes days after China's position paper on Ukraine")),
    "signature-at-the-end": ("""
        Минск и Пекин подписали соглашения
        02.03.2023
        Минск и Пекин в среду подписали пакет соглашений в ходе государственного визита в Китай.
        Эксперты полагают, что сотрудничество будет расширяться.
        Иван Петров
        Фото: Pool / Reuters
        Комментарии
        """, dict(author="Иван Петров", source=None, event_date=D(2023, 3, 1))),
    "cjk-reporter-city-dateline": ("""
        中央社 CNA
        國際
        中白簽署合作文件 雙方同意擴大貿易
        2023/3/2 18:30（3/2 19:05 更新）
        習近平（右）與盧卡申科（左）1日在北京會面。（路透社）
        （中央社記者王小明台北2日電）中國與白俄羅斯今天在北京簽署多項合作文件，雙方同意擴大貿易。
        """, dict(source="Central News Agency", author="王小明", dateline="Taipei", date=D(2023, 3, 2), event_date=D(2023, 3, 2),
                  captions=("習近平（右）與盧卡申科（左）1日在北京會面。（路透社）",))),
    "day-before-in-russian": ("""
        Лукашенко вернулся из Пекина
        2 марта 2023, 00:01
        Президент Белоруссии накануне провел переговоры в Пекине. Визит продлится до 2 марта.
        """, dict(event_date=D(2023, 3, 1))),
    "promotion-above-the-headline": ("""
        Meduza
        Meet the real Russia. Support independent journalism.
        News
        3:07 pm, March 22, 2023
        Source: Meduza
        Putin and Xi sign two statements but no pipeline deal
        Vladimir Putin and Xi Jinping wrapped up two days of talks in Moscow on Tuesday by signing a joint statement.
        """, dict(title="Putin and Xi sign two statements but no pipeline deal", date=D(2023, 3, 22), time="15:07",
                  source="Meduza", event_date=D(2023, 3, 21))),
    "complete-date-without-publication-date": ("""
        On the meeting of the Foreign Minister with the Ambassador of China
        On 6 April 2023, the Foreign Minister met with the Ambassador of China in Minsk.
        """, dict(date=None, event_date=D(2023, 4, 6))),
    "gov-cn-zh-unknown-site-name": ("""
        中国政府网
        首页 > 新闻 > 要闻
        李强会见白俄罗斯总理
        2024-08-22 20:15 来源： 新华社
        【字体：大 中 小】打印
        新华社明斯克8月22日电（记者李佳 孙毅）当地时间8月22日下午，国务院总理李强在明斯克会见白俄罗斯总理戈洛夫琴科。
        """, dict(title="李强会见白俄罗斯总理", source="Xinhua", author="李佳, 孙毅", dateline="Minsk", event_date=D(2024, 8, 22))),
    "zh-label-then-author-label": ("""
        中白签署联合声明
        2023-03-02 06:35　来源：光明网-国际频道　作者：周思宇
        应国家主席习近平邀请，白俄罗斯总统卢卡申科于2月28日至3月2日对中国进行国事访问。3月1日，两国元首举行会谈。
        """, dict(source="Guangming Online", author="周思宇", date=D(2023, 3, 2), event_date=D(2023, 3, 1))),
    "zh-label-then-date": ("""
        卢卡申科：白方支持中方立场文件
        来源：中国日报网 2023-03-01 20:58
        中国日报网3月1日电 国家主席习近平1日在人民大会堂同白俄罗斯总统卢卡申科举行会谈。
        """, dict(source="China Daily", date=D(2023, 3, 1), time="20:58")),
}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_unseen_outlet_layouts(registry, layout):
    text, expected = LAYOUTS[layout]
    article, _ = parse_text(textwrap.dedent(text).lstrip("\n"), f"{layout}.txt", registry)
    got = {field: getattr(article, field) for field in expected}
    assert got == expected


def test_site_name_above_its_menu_is_not_the_headline(registry):
    article, _ = parse_text(textwrap.dedent("""
        Minsk Regional News Portal
        NEWS
        SOCIETY
        ECONOMY
        Share
        Minsk region hosts Chinese investors
        12.04.2023 11:00
        A delegation of Chinese investors visited three districts of the Minsk region on Tuesday, officials said.
        """).lstrip("\n"), "portal.txt", registry)
    assert article.title == "Minsk region hosts Chinese investors"
    assert article.event_date == D(2023, 4, 11)


def test_headline_followed_by_share_buttons_stays_the_headline(registry):
    article, _ = parse_text("Minsk region hosts Chinese investors\nShare\nPrint\n"
                            "A delegation of Chinese investors visited three districts of the Minsk region, officials said.\n",
                            "share.txt", registry)
    assert article.title == "Minsk region hosts Chinese investors"


def test_a_kicker_above_the_date_is_not_an_author(registry):
    article, _ = parse_text("Xi meets Lukashenko in Beijing\nForeign Policy\n01.03.2023 10:00\n"
                            "Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing, officials said.\n",
                            "kicker.txt", registry)
    assert article.author is None


def test_a_bare_name_above_the_date_is_the_author(registry):
    article, _ = parse_text("Xi meets Lukashenko in Beijing\nAnna Novak\nFollow\nPublished: 1 March 2023, 10:00\n"
                            "Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing, officials said.\n",
                            "name.txt", registry)
    assert article.author == "Anna Novak"


def test_a_label_in_capitals_is_not_a_dateline_city(registry):
    article, _ = parse_text("Xi meets Lukashenko in Beijing\n1 March 2023\n"
                            "UPDATE – Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing, officials said.\n",
                            "update.txt", registry)
    assert article.dateline is None


def test_chinese_location_breadcrumb_is_chrome(registry):
    article, _ = parse_text("当前位置：首页>新闻>正文\n中白两国签署合作文件\n2023-03-01 10:00\n"
                            "新华社北京3月1日电 中国和白俄罗斯1日在北京签署多项合作文件，双方将扩大贸易。\n", "crumb.txt", registry)
    assert article.title == "中白两国签署合作文件"


def test_a_list_of_tags_at_the_end_is_not_a_signature(registry):
    article, _ = parse_text("Путин и Си провели переговоры\n21 марта 2023, 19:48\n"
                            "Президент России после переговоров с председателем КНР сделал заявление для прессы.\n"
                            "Теги\nКитай\nВладимир Путин\nПодписывайтесь на RT в Telegram\n", "tags.txt", registry)
    assert article.author is None
    assert "Теги" not in article.body and "Telegram" not in article.body


@pytest.mark.parametrize("footer", ["Нашли ошибку? Выделите ее и нажмите Ctrl+Enter", "澎湃新闻，未经授权不得转载",
                                    "Would you like to report a mistake or contribute to the story?", "Ответственный редактор: Ли Мэн"])
def test_footers_are_not_in_the_body(registry, footer):
    article, _ = parse_text(f"Ministers meet in Minsk\n1 March 2023\n"
                            f"The ministers met in Minsk on Wednesday to discuss trade and logistics.\n{footer}\n", "f.txt", registry)
    assert footer not in article.body
