"""Credit shapes that recur across outlets: a syndicator's bracketed credit opening the lead over a
wire's own dateline and bracketed credit ('(Syndicator- Partner) CITY, May 20 (WIRE) –') leaves the
story to the wire that wrote it. Texts written for these tests."""
from ingest_support import EN_STORY, parse


def test_a_wire_credit_in_the_dateline_under_a_syndicators_credit_names_the_source():
    text = (f"Ministers meet in the capital\n\n(MENAFN- Some Relay Network) MINSK, June 3 (XINHUA) – "
            f"The two foreign ministers held talks on Monday.\n\n{EN_STORY}\n")
    assert parse(text).source == "Xinhua"


def test_a_syndicators_credit_without_a_wire_dateline_stays_the_source():
    text = (f"Ministers meet in the capital\n\n(MENAFN- Some Relay Network) The two foreign ministers "
            f"held talks on Monday.\n\n{EN_STORY}\n")
    assert parse(text).source == "MENAFN"
