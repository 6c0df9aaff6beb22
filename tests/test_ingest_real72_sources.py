"""Source rules learnt from the 72nd to 75th sets of real pages: a Chinese bracketed credit read
only as far as an outlet's name goes, and a paper credited with its own site when neither is
registered (texts written for these tests, not copied). Each test states one general rule."""
from ingest_support import ZH_STORY, parse


def test_a_bracketed_photo_report_names_no_outlet():
    text = (f"两国工业园建设进展顺利\n\n【图片报道】园区内新建的厂房已经投入使用。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source != "图片"


def test_an_unregistered_sites_credit_is_cut_before_its_reporter_and_place():
    text = (f"协会拜会市政府\n\n【晨光網王小明臺南報導】協會會長20日率團拜會市政府。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "晨光網"


def test_an_unregistered_paper_credited_with_its_site_is_the_source():
    text = (f"2019-05-21 11:16 文章來源:青石網-青石日報 責任編輯:王芳\n\n訪問團來訪\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "青石日報"
