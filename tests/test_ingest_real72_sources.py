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


def test_a_russian_wire_story_from_a_national_editions_city_is_the_editions():
    text = ("Президенты обсудили торговлю\n\n"
            "ТАШКЕНТ, 14 сен – Sputnik. Президенты двух стран обсудили торговлю и транспорт и договорились "
            "о новых встречах осенью.\n\n"
            "Стороны подписали несколько документов о сотрудничестве в области образования.\n")
    assert parse(text).source == "Sputnik Uzbekistan"


def test_the_wires_other_services_keep_the_wires_name():
    moscow = ("Президенты обсудили торговлю\n\n"
              "МОСКВА, 14 сен – Sputnik. Президенты двух стран обсудили торговлю и транспорт и договорились "
              "о новых встречах осенью.\n\n"
              "Стороны подписали несколько документов о сотрудничестве в области образования.\n")
    chinese = ("两国元首举行会谈\n\n"
               "卫星通讯社塔什干9月14日电 两国元首就贸易和交通合作交换了意见,同意秋季再次会晤。\n\n"
               "双方签署了多项教育领域合作文件,并表示将继续推动务实合作。\n")
    assert parse(moscow).source == "Sputnik"
    assert parse(chinese).source == "Sputnik"
