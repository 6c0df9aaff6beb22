"""Headlines and bylines around a page's chrome: links to the neighbouring stories with their
headlines, a widget's network error on the date line, a home link with its section and a
picture's caption over the lead, a reporter's credit with the kind of report or a photographer
in its bracket, two writers before the photographer's credit, 'From Name' under the headline.
Each text is written for this test; it shows one general pattern."""

from ingest_support import (
    parse,
    parse_page,
    read_title,
    PAGE_PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH,
)


def test_links_to_the_neighbouring_stories_are_not_the_headline():
    article = parse_page("""
        上一条:某某学院2020年度教学工作总结 下一条:我校与某市共建现代农业研究中心
        3月5日上午,校长王明在第一会议室会见了来访的某国大学代表团,双方签署了两校合作备忘录。参加签字仪式的还有副校长李华、张强等。
        王明向客人介绍了学校的办学情况,希望以此为契机,进一步深化两校在教育领域的交流与合作。
        """)
    assert not (article.title or "").startswith("上一条")


def test_a_network_error_on_the_date_line_is_not_the_headline():
    article = parse(" date 2022-05-10 Can't connect right now! retry\n"
                    "Ministers of two countries to hold talks in the capital today\n\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Ministers of two countries to hold talks in the capital today"


def test_a_home_link_and_a_caption_do_not_hide_the_headline():
    article = parse_page("""
        星期三 2024年 5月 8日
        主页 国际新闻

        是否增派特使? 某国总理:目前不需要讨论

        - Advertisement -

        某国总理王明。

        某国总理王明表示,目前没有讨论增派特使的必要,但会在未来几个月视情况而定。

        他在记者会上受询及特使人选时如是指出,并表示外交部和使馆都做出了很大的贡献。
        """)
    assert read_title(article) == "是否增派特使? 某国总理:目前不需要讨论"


def test_the_kind_of_report_closing_a_bracketed_credit_is_not_in_the_name():
    article = parse_page("""
        某省领导会见外国客人
        某某网讯(某某日报记者王丽报道)5月8日下午,某省领导在省会会见了来访的外国代表团一行。双方就经贸合作交换了意见。
        """ + PAGE_PARAGRAPHS_ZH)
    assert article.author == "王丽"


def test_a_photographers_credit_closing_the_bracket_is_not_a_reporter():
    article = parse_page("""
        某省领导会见外国客人
        5月8日下午,某省领导在省会会见了来访的外国代表团一行。双方就经贸合作交换了意见。
        (某某报业·某某新闻客户端記者 王丽 李强 攝影 赵刚)
        """ + PAGE_PARAGRAPHS_ZH)
    assert article.author == "王丽, 李强"


def test_two_writers_before_the_photographers_credit():
    article = parse_page("""
        中欧班列日志丨在远方的城市遇见中国
        文/某某晚报特派记者 王丽 李强图/某某晚报特派记者 赵刚
        """ + PAGE_PARAGRAPHS_ZH)
    assert article.author == "王丽, 李强"


def test_from_and_a_name_under_the_headline_is_the_byline():
    article = parse_page("""
        Prime Minister to visit the capital next week

        03/11/2024 10:25 AM

        From Anna Novak

        """ + PAGE_PARAGRAPHS_EN)
    assert article.author == "Anna Novak"


def test_a_title_case_headline_opening_with_from_is_no_byline():
    article = parse_page("From Minsk With Love\n\n03/11/2024 10:25 AM\n\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "From Minsk With Love"
    assert article.author is None
