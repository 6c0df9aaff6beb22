"""Credits read whole: a correspondent's 'From:' credit with the place filed from, and a bare
signature with that place above an untitled story (no headline, but its writer); a photographers' office
credited for a picture is not the writer.
Each text is written for this test; it shows one general pattern."""

from ingest_support import parse, read_title, PAGE_PARAGRAPHS_EN

HEADLINE_EN = "Ministers agree on a new freight route"


def test_a_from_credit_with_the_correspondents_place_names_the_author():
    article = parse(HEADLINE_EN + "\n\nFrom: Amaka Obi, Kano\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN
    assert article.author == "Amaka Obi"


def test_a_signature_with_the_place_filed_from_is_no_headline_but_the_author():
    article = parse("Amaka Obi, Rivertown\n\nThe ambassador visited the university in Rivertown on Monday and met its students.\n"
                    + PAGE_PARAGRAPHS_EN)
    assert read_title(article) != "Amaka Obi, Rivertown"
    assert article.author == "Amaka Obi"


def test_two_newsmakers_the_article_names_are_a_headline_not_a_signature():
    article = parse("Novak, Petrova\n\nNovak and Petrova met in Rivertown on Monday to discuss trade.\n" + PAGE_PARAGRAPHS_EN)
    assert article.author is None


def test_a_photographers_office_credited_via_an_agency_is_not_the_author():
    article = parse(HEADLINE_EN + "\n\nState Photographers Division via AFP\n" + PAGE_PARAGRAPHS_EN)
    assert article.author is None
