"""Lines that are not a headline and credits that are not a person: a page's reading-time estimate,
a paper's site naming itself over the page in capitals, an editor's name before the role after a
slash; a news agency credited in the byline slot, and a reporter's name in capitals with the city
filed from. Each text is written for this test; it shows one general pattern."""

from ingest_support import line_kind, parse, read_title, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU

HEADLINE_RU = "Министры договорились о новом грузовом маршруте"
HEADLINE_EN = "Ministers agree on a new freight route"


def test_a_reading_time_estimate_is_not_the_headline():
    article = parse("Примерное время чтения: 2 минуты\n17\n\n" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU
    assert line_kind("Reading time: 4 minutes") == "chrome"
    assert line_kind("阅读时间：3分钟") == "chrome"


def test_a_papers_site_naming_itself_in_capitals_is_not_the_headline():
    article = parse("САЙТ ГАЗЕТЫ ОБЛАСТНОГО СОВЕТА ДЕПУТАТОВ\n\nНОВОСТИ\n\n" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU


def test_an_editors_name_before_the_role_after_a_slash_is_a_credit():
    assert line_kind("王大明／核稿編輯") == "credit"
    assert line_kind("李小四/责任编辑") == "credit"


def test_a_news_agency_in_the_byline_slot_is_not_the_author():
    for agency in ("Press Association", "Pacific News Service", "Island Press Agency"):
        article = parse(HEADLINE_EN + "\n\nBy " + agency + "\n" + PAGE_PARAGRAPHS_EN)
        assert article.author is None
    assert parse(HEADLINE_EN + "\n\nBy Anna Mwale\n" + PAGE_PARAGRAPHS_EN).author == "Anna Mwale"


def test_a_reporters_name_in_capitals_with_the_city_filed_from_is_the_byline():
    article = parse(HEADLINE_EN + "\n\nANNA MWALE, Lusaka\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN
    assert article.author == "Anna Mwale"
    # a place in capitals before its country is no person
    assert parse(HEADLINE_EN + "\n\nNEW YORK, Lusaka\n" + PAGE_PARAGRAPHS_EN).author is None


def test_a_lead_opening_with_a_word_in_capitals_is_not_the_headline():
    lead = "VISITORS from three Polish towns have been touring Kano."
    text = (lead + "\n\nThe visitors from the Polish towns toured the schools and markets of Kano over two days.\n\n"
            + PAGE_PARAGRAPHS_EN)
    assert read_title(parse(text)) is None
    # a headline opening with an acronym is still one
    assert read_title(parse("NATO ministers meet in Riga\n\n" + PAGE_PARAGRAPHS_EN)) == "NATO ministers meet in Riga"


def test_a_pull_quote_with_its_speakers_name_under_it_is_not_the_headline():
    quote = "«Мы обсудили дружбу наших народов и новые направления партнерства двух стран»"
    article = parse(quote + "\n- Иван Сидоров\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) != quote


def test_the_first_characters_of_a_companys_name_are_not_an_author():
    stamp = "发表时间:2022-07-28 09:38:43 作者:华侨商业总会 更多文章"
    assert parse(HEADLINE_EN + "\n" + stamp + "\n" + PAGE_PARAGRAPHS_EN).author is None
    stamp = "发表时间:2022-07-28 09:38:43 作者:王小明 更多文章"
    assert parse(HEADLINE_EN + "\n" + stamp + "\n" + PAGE_PARAGRAPHS_EN).author == "王小明"


def test_an_institutions_office_signing_a_release_is_not_the_author():
    for office in ("Communications Office", "Press Department"):
        assert parse(HEADLINE_EN + "\n\nBy " + office + "\n" + PAGE_PARAGRAPHS_EN).author is None
