"""Name forms registered from the 118th to 120th sets of real pages: Central Asian and Caucasian
sources (Orbis Qazaqstan, the Interfax military agency, the Kazakh railway's paper, Prosud.kz), the
Grodno city channel and city executive committee, the Chinese-language Silk Road New Observation of
Bishkek and the CASS institute for Russia, Eastern Europe and Central Asia, which is its own entry
beside the academy (texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_RU, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    ("Orbis Qazaqstan", "Orbis Qazaqstan"),
    ("Interfax-AVN", "Interfax-AVN"),
    ("Интерфакс-АВН", "Interfax-AVN"),
    ("Қазақстан теміржолшысы", "Rail-news.kz"),
    ("Kazakhstan Temirzholshysy", "Rail-news.kz"),
    ("prosud.kz", "Prosud.kz"),
    ("Гродно Плюс", "Grodno Plus"),
    ("Телеканал «Гродно Плюс»", "Grodno Plus"),
    ("Гродненский горисполком", "Grodno City Executive Committee"),
    ("丝路新观察", "Silk Road New Observation"),
    ("吉尔吉斯斯坦新观察", "Silk Road New Observation"),
    ("中国社会科学院俄罗斯东欧中亚研究所", "CASS Institute of Russian, East European and Central Asian Studies"),
    ("中国社会科学院", "Chinese Academy of Social Sciences"),
    ("Interfax", "Interfax"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Orbis", "AVN", "KTZ", "Қазақстан темір жолы", "Гродно", "Плюс", "新观察", "研究所"])
def test_a_bare_word_or_the_railway_company_names_no_outlet(word):
    # bare words name many things; the railway company's name is not the name of its paper
    assert registry().source_named(word) is None


def test_an_institution_named_in_the_lead_is_the_subject_not_the_source():
    # Orbis Qazaqstan is registered as an institution: its name in a text is what the text is about
    assert registry().source_named("Orbis Qazaqstan").kind == "institution"


def test_a_channel_credit_line_under_the_story_gives_its_source():
    article = parse_page(f"""
        Новый партнёр появится у Гродно
        {PAGE_PARAGRAPHS_RU}
        Телеканал «Гродно Плюс»
        """)
    assert article.source == "Grodno Plus"
