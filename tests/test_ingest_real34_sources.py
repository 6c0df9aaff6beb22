"""Source rules learnt from the 34th and 35th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
import pytest

from ingest_support import ZH_STORY, EN_STORY, parse


@pytest.mark.parametrize("filler", ["暂无来源", "不详", "未知", "N/A", "Unknown"])
def test_a_source_slot_filler_is_no_source(filler):
    text = f"两地举办文化交流周\n\n时间:2024-05-10 09:12:33 来源:{filler} 作者:暂无作者\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_an_english_source_slot_filler_is_no_source():
    text = f"Cities sign a culture pact\n\nSource: Unknown\n\n{EN_STORY}\n"
    assert parse(text).source is None
