"""Layout rules from the real178-180 pages: a link back to the page before with the print button beside it
('« 返回前頁列印'), a box of the day's most read stories ('24小时热点') with its label of views ('专家观点') and its
bulleted teasers over the headline, and a breadcrumb ending with 'body text' ('某区> 正文'). Texts written for
the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "Lake town opens a new ferry line to its twin city"
RU_TITLE = "Фермеры района представили новый сорт гречихи на выставке"
ZH_TITLE = "两省代表团在边境口岸举行经贸洽谈会"


@pytest.mark.parametrize("line", [
    "« 返回前頁列印", "<< 返回上一页 | 打印", "返回列表", "返回上一頁 關閉", "← 返回目录",
    "« Back", "← Back to previous page | Print", "Go back to the list",
    "← Назад", "Вернуться к списку", "Вернуться назад | Версия для печати"])
def test_a_back_link_with_its_print_button_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [
    "24小时热点", "24小時熱門", "一周排行", "本月点击排行", "今日热榜", "48小时熱點新聞",
    "Trending in 24 hours", "Most read in the last 24 hours", "Популярное за 24 часа", "Главное за последние 24 часа",
    "专家观点", "名家評論", "观点", "Expert opinion", "Мнения экспертов"])
def test_a_most_read_box_and_a_views_label_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["某区> 正文", "国际 > 详情", "首页›要闻›正文", "地方新闻 / 詳細內容", "本地»内文"])
def test_a_breadcrumb_ending_with_body_text_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [
    ZH_TITLE, EN_TITLE, RU_TITLE, "返回家乡的青年创业者获得补贴", "专家观点分歧:两国贸易额明年或增长",
    "Back to school season lifts stationery sales", "Вернуться к переговорам призвали стороны конфликта",
    "24小时内两地完成物资交接", "正文化产业园区在新区开工"])
def test_headlines_are_not_chrome(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("above", ["« 返回前頁列印", "某区> 正文", "<< 返回上一页 | 打印"])
def test_back_link_or_breadcrumb_over_the_headline_is_passed_over(above):
    text = f"{above}\n\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


HEADLINE_AS_PROSE = "甲省与乙国举行务实会谈,双方达成多项共识,边境贸易迎来重要机遇!"


@pytest.mark.parametrize("mark", ["•", "●", "▪"])
def test_bulleted_teasers_of_a_box_over_the_headline_are_passed_over(mark):
    teasers = "\n".join(f"    {mark} {t}" for t in [
        "某市新开三条公交线路,市民出行更方便了", "一家老字号食品厂扩建,产量预计翻一番",
        "山区小学迎来新校舍,孩子们搬进明亮教室", "沿海港口货运量创新高,集装箱吞吐持续增长"])
    text = (f"某某网\n\n国际\n\n24小时热点\n\n专家观点\n\n{teasers}\n\n    {HEADLINE_AS_PROSE}\n\n"
            f"    2023-04-12 10:20:30 来源:某某日报\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == HEADLINE_AS_PROSE


def test_a_bulleted_teaser_list_in_english_is_passed_over():
    teasers = "\n".join(f"• {t}" for t in [
        "Harbour city opens its new grain terminal", "Regional museum returns old maps to the archive",
        "Mountain road reopens after spring repairs"])
    text = f"Popular\n\n{teasers}\n\n{EN_TITLE}\n\nApril 12, 2023\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == EN_TITLE
