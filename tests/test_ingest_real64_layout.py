"""Lines that are not a headline or a byline: an embedded post's signature, a lead sentence the
copy broke into two paragraphs, a picture's credit naming a press service, sentences closing on a
question, a blog theme's comment heading, a flag's caption over its photo credit, and the outlet
after the writer in a byline. Each text is written for this test; it shows one general pattern."""

from ingest_support import parse, parse_page, read_title, PAGE_PARAGRAPHS_EN


def test_an_embedded_posts_signature_is_not_the_headline():
    article = parse_page("""
        The ministry confirmed on Monday that the president of a distant island state will pay an official visit next week.

        A spokeswoman said in a short statement that the guest will stay three days and hold talks with his counterpart.

        The spokeswoman says the visit will give new impetus to ties between the two countries

        — Anna Lee (@annaleenews)

        November 21, 2022

        She added that both sides are preparing several agreements on trade, education and culture for the visit.
        """)
    assert read_title(article) is None


def test_a_lead_sentence_broken_into_two_paragraphs_is_not_the_headline():
    article = parse_page("""
        Capital - The head of the visiting delegation confirmed the agreement reached with the business union on setting up a

        joint company to run a model farm that will produce meat, milk and poultry for the local market.

        The delegation said its country is ready to assemble farm machines locally and to train engineers for the new plant.

        The hosts, for their part, welcomed the plan and offered to share their experience with the visiting side.
        """)
    assert read_title(article) is None


def test_a_press_services_picture_credit_is_not_the_headline():
    article = parse("\nPress service of the President of the Republic\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_headline_naming_a_press_service_is_still_a_headline():
    article = parse("\nPress service of the Kremlin denies reports of a new visit\n\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Press service of the Kremlin denies reports of a new visit"


def test_sentences_closing_on_a_question_are_a_lead_not_a_headline():
    article = parse("\nLast week, a large delegation visited two neighbouring states. The tour ended in the capital. "
                    "What was on the agenda?\n\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_question_headline_is_still_a_headline():
    article = parse("\nWill the two countries open a new freight route this year?\n\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Will the two countries open a new freight route this year?"


def test_a_comment_forms_heading_is_not_the_author():
    article = parse("Two countries agree on a new freight route\n\n" + PAGE_PARAGRAPHS_EN + "\nComment Template\n")
    assert article.author is None


def test_a_flags_caption_over_its_photo_credit_is_not_the_author():
    article = parse("\n \n\nФлаг Латвии\nФото: example.by\n\n"
                    "Ружания готовится к визиту президента соседней страны. Об этом заявил глава МИД Иван Петров "
                    "по итогам переговоров в Риге со своим коллегой.\n\n"
                    "Министр отметил, что стороны обсудили торговлю, транспорт и образование и подписали несколько документов.\n")
    assert article.author is None


def test_the_outlet_after_the_writer_is_no_second_author():
    article = parse_page("""
        驻悉尼总领馆举办春节招待会

        by 绿豆汤 驻悉尼总领馆. Jan.17, 2020

        1月16日晚,中国驻悉尼总领馆举办春节招待会,总领事及各界人士共400余人出席了当晚的活动。

        总领事在致辞中回顾了过去一年两国关系的发展,并向华人华侨致以新春祝福。
        """)
    assert article.author == "绿豆汤"


def test_share_buttons_run_on_after_the_headline_are_cut():
    article = parse("\nЗавод подписал на форуме ряд меморандумов о поставках в Китай Поделиться Твитнуть\n\n"
                    "Завод подписал на экономическом форуме несколько меморандумов о поставках удобрений, сообщила компания.\n\n"
                    "Документы предусматривают поставки в течение трех лет, отметили в пресс-службе предприятия.\n")
    assert read_title(article) == "Завод подписал на форуме ряд меморандумов о поставках в Китай"
