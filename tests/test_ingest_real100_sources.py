"""The outlet a page promotes in its own chrome: a registered name right after a follow,
subscribe, copyright or 'organised by' cue opening a short line (or before '版权所有'), the only
outlet so named, is the source when no stronger clue shows one. Texts written for these tests."""
from ingest_support import EN_STORY, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse


def test_a_call_to_follow_the_sites_own_accounts_names_the_outlet():
    text = (f"Visa-free travel agreed for short trips\n{PAGE_PARAGRAPHS_EN}\n"
            f"Follow Daryo's official Telegram channel to keep up with the news.\n")
    assert parse(text).source == "Daryo"


def test_a_chinese_organiser_line_names_the_outlet():
    text = f"访问团参观当地学校\n{PAGE_PARAGRAPHS_ZH}\n主办单位:中国西藏网 技术支持:某某公司\n"
    assert parse(text).source == "China Tibet Online"


def test_rights_claimed_after_the_name_name_the_outlet():
    text = f"Соглашение о сотрудничестве подписано\n{PAGE_PARAGRAPHS_RU}\nKazinform. All rights reserved.\n"
    assert parse(text).source == "Kazinform"


def test_a_pictures_copyright_names_its_agency_not_the_page():
    text = (f"Leaders meet in the capital\n\nThe two presidents shake hands before the talks / © Kazinform\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_two_outlets_promoted_on_one_page_name_neither():
    text = (f"Visa-free travel agreed for short trips\n{PAGE_PARAGRAPHS_EN}\n"
            f"Follow Daryo on Telegram\nSubscribe to Tengrinews for daily news\n")
    assert parse(text).source is None


def test_a_cue_word_inside_a_sentence_is_no_promotion():
    text = (f"Visa-free travel agreed for short trips\n\n{EN_STORY}\n\n"
            f"Officials said travellers should follow Daryo and other sites for updates on the rules.\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_a_university_in_a_call_to_follow_it_is_named_as_a_subject_not_as_the_source():
    text = f"Delegation visits the campus\n{PAGE_PARAGRAPHS_EN}\nFollow Belarusian State University on Telegram\n"
    assert parse(text).source is None


# Credit shapes that recur across outlets (written for these tests)

def test_a_capitalised_city_and_agency_without_a_dash_head_the_wire_story():
    text = (f"Leaders sign a joint statement\n\nASTANA. KAZINFORM The two leaders signed a joint statement on trade today.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).source == "Kazinform"


def test_a_capitalised_city_before_a_plain_word_names_no_agency():
    text = f"Leaders sign a joint statement\n\nASTANA. TODAY The two leaders signed a joint statement on trade.\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_an_office_telling_the_outlets_correspondent_names_the_outlet():
    text = (f"Президент посетит соседнюю страну\n\nКак сообщили корреспонденту The Moscow Post в пресс-службе министерства, "
            f"визит состоится в сентябре.\n{PAGE_PARAGRAPHS_RU}\n")
    assert parse(text).source == "The Moscow Post"


def test_an_outlet_tagged_as_the_asker_of_an_interview_question_is_the_source():
    text = (f"专访:两国合作前景广阔\n\n澎湃新闻:两国在交通领域还有什么新的合作计划?\n"
            f"大使:我们将继续扩大合作,推动更多项目落地。\n{PAGE_PARAGRAPHS_ZH}\n")
    assert parse(text).source == "The Paper"
