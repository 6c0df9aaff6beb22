"""Layout rules from the real145-162 pages: a portrait's caption (a person's office and name, nothing said of
them) is never the headline; a Russian headline whose second clause follows a place named after a preposition or
an oblique adjective ('… в белорусском Городе: он …') is not cut as a quoted deck; a number between a dated
headline's words is one of its words; a local government's name is a site's name; a related story's link, a caption
marking where a person stands and a caption with its credit set apart by a slash or bar are no headlines. Texts
written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title
from despatch.ingest.layout import PORTRAIT_CAPTION, _without_quote_deck
from despatch.ingest.lines import is_dated_headline

EN_LEAD = ("The foreign minister of Examplia told his visiting counterpart on Monday that the border crossing "
           "would stay closed while the military drills go on near the frontier.")
RU_LEAD = ("Министр иностранных дел Примерии в понедельник сообщил своему коллеге, что пограничный переход "
           "останется закрытым на время военных учений у границы.")
ZH_LEAD = "示例国外长周一告诉来访的同行,在边境附近举行军事演习期间,过境口岸将继续关闭,双方同意保持沟通。"


@pytest.mark.parametrize("line", [
    "President Ann Lee of Examplia", "Prime Minister Ivan Petrov of the Example Republic",
    "Examplian President Ann Lee", "Nordish Premier Tom Brook-Smith",
    "Li Wei, foreign minister of Examplia", "Anna Novak, the Ambassador",
    "Президент Примерии Иван Петров", "Министр иностранных дел КНР Ли Вэй", "Председатель Совета Анна Ли",
    "示例国总统李伟", "国家主席王某某", "示例国总理安娜·诺瓦克"])
def test_portrait_captions_are_an_office_and_a_name(line):
    assert PORTRAIT_CAPTION.match(line)


@pytest.mark.parametrize("line", [
    "President Ann Lee of Examplia opens the new bridge", "Examplian President Ann Lee Visits Minsk",
    "President of Examplia", "Former President Brook Indicted", "Examplian Ambassador Ann Lee",
    "Президент Примерии Иван Петров прибыл в Минск", "Президент назначил Ивана Петрова",
    "Президент назначила Анну Петрову",
    "李伟会见示例国总统王某", "示例国总统会见代表团", "示例国副总理李某祝贺中国国庆"])
def test_headlines_about_office_holders_are_no_portrait_captions(line):
    assert not PORTRAIT_CAPTION.match(line)


@pytest.mark.parametrize("caption,lead,story", [
    ("President Ann Lee of Examplia", EN_LEAD, EN_STORY),
    ("Examplian Foreign Minister Tom Brook", EN_LEAD, EN_STORY),
    ("Президент Примерии Иван Петров", RU_LEAD, RU_STORY),
    ("示例国总统李伟", ZH_LEAD, ZH_STORY)])
def test_a_portrait_caption_over_the_lead_is_not_read_as_the_headline(caption, lead, story):
    text = f" date 2025-09-15 {caption}\n\n{lead}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) != caption


@pytest.mark.parametrize("headline,story", [
    ("President Ann Lee of Examplia opens the new river bridge", EN_STORY),
    ("Президент Примерии Иван Петров открыл новый мост через реку", RU_STORY)])
def test_a_headline_about_an_office_holder_is_still_read(headline, story):
    text = f" date 2025-09-15 {headline}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("headline", [
    "Грузовой поезд из Примерии встретили в белорусском Городке: он привез детали для машин",
    "Новый завод заработал в приморском Северске: там выпустят тысячу машин в год",
    "Выставка живописи открылась в Пекине: Художники показали двести работ",
    "Делегация вернулась из далекого Харбина: Гости привезли договоры о поставках"])
def test_a_place_before_the_colon_keeps_the_headline_whole(headline):
    assert _without_quote_deck(headline) == headline


@pytest.mark.parametrize("headline,kept", [
    ("Россия и Китай расширят торговлю в следующем году Климов: РФ и Китай могут удвоить оборот",
     "Россия и Китай расширят торговлю в следующем году"),
    ("Торговля двух стран выросла вдвое, заявил министр Петров: «Мы готовы к новым проектам»",
     "Торговля двух стран выросла вдвое, заявил министр")])
def test_a_quoted_deck_after_its_speaker_is_still_cut(headline, kept):
    assert _without_quote_deck(headline) == kept


@pytest.mark.parametrize("line", [
    "В Гродно прибыли 40 новых автобусов 7 12.03.2024, 10:15",
    "На границе застряли 130 грузовых поездов 11 23.09.2025, 12:51",
    "Border queue grows to 300 trucks 5 12.03.2024, 10:15"])
def test_a_number_among_a_dated_headlines_words_is_a_word(line):
    assert is_dated_headline(line)


@pytest.mark.parametrize("line", ["Иван Петров 7 12.03.2024, 10:15", "Новости Примерии 12.03.2024, 10:15"])
def test_a_counter_before_the_stamp_is_no_word(line):
    assert not is_dated_headline(line)


def test_a_dated_headline_with_a_number_and_a_counter_is_read():
    text = (" date 2024-03-12 В Городке открыли 40 новых школ 7 12.03.2024, 10:15\n\nиллюстративное фото\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == "В Городке открыли 40 новых школ"


@pytest.mark.parametrize("line", [
    "Examplevo District Executive Committee", "Northport City Council", "Exampleton Regional Administration",
    "Примерский районный исполнительный комитет", "Примерский горисполком", "示例市人民政府"])
def test_a_local_governments_name_is_a_sites_name(line):
    assert line_kind(line) in ("chrome", "source")


@pytest.mark.parametrize("line", ["City Council approves the new bridge to the river port",
                                  "Районный исполнительный комитет утвердил план строительства"])
def test_news_of_a_local_government_is_no_sites_name(line):
    assert line_kind(line) not in ("chrome", "source")


def test_a_local_governments_name_over_the_headline_is_passed_over():
    headline = "Two regions may expand their farm machinery cooperation"
    text = (f"Home\n\nExamplevo District Executive Committee Examplevo District Executive Committee Main Street\n"
            f"Examplevo District Executive Committee\n\n{headline}\n\n23 May 2012\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("line", [
    "Examplian strongman Ann Lee", "Examplian opposition leader Ann Lee", "Examplian president Ann Lee"])
def test_a_leaders_epithet_and_name_is_a_portrait_caption(line):
    assert PORTRAIT_CAPTION.match(line)


def test_a_leaders_epithet_and_name_over_the_headline_is_passed_over():
    headline = "Examplian strongman Ann Lee to visit the northern province"
    text = (f" date 2023-02-25 Examplian strongman Ann Lee\n\nPolitics\n\n{headline}\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("line", [
    "Показать ленту новостей", "Скрыть ленту", "Свернуть новостную ленту", "展开快讯", "隱藏即時新聞",
    "Вам нравится наш сайт?", "Нравится наше издание?", "喜欢我们的内容吗？", "喜歡本站的報道嗎?"])
def test_a_feed_toggle_and_a_donation_boxs_question_in_other_languages_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Показать ленту новостей за прошлую неделю решили в редакции",
                                  "喜欢我们的内容吗？读者调查显示多数人满意"])
def test_longer_lines_about_feeds_and_readers_are_not_chrome(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("line,lead,story", [
    ("Read also: Examplia opens a new river port", EN_LEAD, EN_STORY),
    ("ALSO READ | Examplia opens a new river port", EN_LEAD, EN_STORY),
    ("Related: Examplia opens a new river port", EN_LEAD, EN_STORY),
    ("Читайте также: Примерия открыла новый речной порт", RU_LEAD, RU_STORY),
    ("По теме: Примерия открыла новый речной порт", RU_LEAD, RU_STORY),
    ("相关阅读：示例国开通新的河港", ZH_LEAD, ZH_STORY),
    ("延伸閱讀｜示例國開通新的河港", ZH_LEAD, ZH_STORY)])
def test_a_related_storys_link_over_the_lead_is_not_the_headline(line, lead, story):
    text = f" date 2025-09-15 {line}\n\n{lead}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("line,lead,story", [
    ("Minister Ann Lee (second from left) greets the delegation", EN_LEAD, EN_STORY),
    ("Министр иностранных дел Примерии Иван Петров (справа) и его коллега", RU_LEAD, RU_STORY),
    ("Министры (в центре) на церемонии открытия моста", RU_LEAD, RU_STORY),
    ("示例国外长李伟（左）与来访的同行握手", ZH_LEAD, ZH_STORY),
    ("两国代表（前排左二）在签字仪式上合影", ZH_LEAD, ZH_STORY)])
def test_a_caption_marking_where_a_person_stands_is_not_the_headline(line, lead, story):
    text = f" date 2025-09-15 {line}\n\n{lead}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("line,lead,story", [
    ("Министры пожимают руки в столице / Фото: Анна Ли", RU_LEAD, RU_STORY),
    ("The ministers shake hands in the capital | Photo by Ann Lee", EN_LEAD, EN_STORY),
    ("The ministers shake hands in the capital / Image: Example Agency", EN_LEAD, EN_STORY),
    ("The ministers shake hands in the capital. Ann Lee/Example Agency", EN_LEAD, EN_STORY),
    ("两国代表在签字仪式上合影 / 图：李伟", ZH_LEAD, ZH_STORY)])
def test_a_caption_with_its_credit_set_apart_by_a_slash_or_bar_is_not_the_headline(line, lead, story):
    text = f" date 2025-09-15 {line}\n\n{lead}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("headline", [
    "Related talks bring the two border towns closer together", "Examplia and Nordia sign a 50/50 energy deal",
    "Ministers meet in the capital as the left bank floods"])
def test_headlines_near_these_shapes_are_still_read(headline):
    text = f" date 2025-09-15 {headline}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("line", [
    "Ann Lee, Minister of Foreign Affairs of Examplia", "Tom Brook, minister for Trade of Nordia",
    "Иван Петров, министр иностранных дел Примерии", "Анна Ли, посол КНР"])
def test_a_name_then_its_office_is_a_portrait_caption(line):
    assert PORTRAIT_CAPTION.match(line)


@pytest.mark.parametrize("line", ["Иван Петров, министр: мы откроем мост через год",
                                  "Ann Lee, Minister, says the talks went well"])
def test_a_name_and_office_saying_something_is_no_portrait_caption(line):
    assert not PORTRAIT_CAPTION.match(line)


@pytest.mark.parametrize("line", ["资料图：示例国外长李伟", "圖：會場一角", "图片：两国代表合影"])
def test_a_chinese_picture_label_opening_the_line_is_not_the_headline(line):
    text = f" date 2025-09-15 {line}\n\n{ZH_LEAD}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None
