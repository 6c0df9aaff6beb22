"""Where a page's credit cannot be read: a source label whose name lost characters in the page's
encoding ('来源: 黑河日?qǐng)?bào)') names no outlet. Texts written for these tests."""
from ingest_support import ZH_STORY, parse


def test_a_credit_whose_characters_the_page_lost_names_no_source():
    text = f"对俄出口持续增长\n\n( 文章來源: 松江日?qǐng)?bào))\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_credit_read_whole_is_still_the_source():
    text = f"对俄出口持续增长\n\n( 文章來源: 松江日报)\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "松江日报"

