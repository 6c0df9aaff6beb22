"""Russian and Chinese articles build like English ones; one wire story from two sites is one article."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_cli
from despatch.content import read_article

RUSSIAN = """Главная > Новости > Политика
Сегодня: 15 мая 2024
Лукашенко встретился с Си Цзиньпином

4 декабря 2023, 19:20

ПЕКИН, 4 декабря /БЕЛТА/ - Президент Беларуси Александр Лукашенко встретился в Пекине с Председателем КНР Си Цзиньпином, сообщили в пресс-службе белорусского лидера.

Стороны обсудили весь спектр двустороннего сотрудничества, в том числе развитие Индустриального парка «Великий камень» и реализацию инициативы «Один пояс, один путь».

«Беларусь всегда будет надежным партнером Китая», - подчеркнул Александр Лукашенко.

Подписаться на новости
"""

CHINESE = """首页 > 新闻 > 国际
习近平会见白俄罗斯总统卢卡申科
2023年12月04日 21:35 | 来源：新华社
新华社北京12月4日电（记者孙奕）12月4日，国家主席习近平在北京钓鱼台国宾馆会见白俄罗斯总统卢卡申科。
习近平指出，双方要实施好中白工业园等项目，推动中白工业合作取得更多成果。
卢卡申科表示，白方坚定支持中方立场，愿同中方加强在上海合作组织等多边机制内的协调。
（责任编辑：李明）
"""

WIRE = """Chinese President Xi Jinping met with Belarusian President Alexander Lukashenko in Beijing on Monday, the two leaders agreeing to deepen the all-weather comprehensive strategic partnership between their countries.

Xi said China is ready to work with Belarus to implement the consensus reached by the two heads of state, promote practical cooperation in trade, industry and agriculture, and push forward the China-Belarus Industrial Park as a landmark project of Belt and Road cooperation.

Lukashenko said Belarus firmly supports China's position on core issues and is willing to strengthen coordination with China within multilateral frameworks such as the United Nations and the Shanghai Cooperation Organization.
"""

SITE_A = f"""Home | World | China
Xi meets Belarusian President Lukashenko
Source: Xinhua | 2023-12-04 21:03:12 | Editor: huaxia

BEIJING, Dec. 4 (Xinhua) -- {WIRE}
Related news
"""

SITE_B = f"""News > Politics
Xi meets Belarusian president
Updated: December 4, 2023 22:10 | Source: Xinhua

BEIJING, Dec. 4 (Xinhua) -- {WIRE}
Copyright © China Daily. All rights reserved.
"""


def ingest(tmp_path: Path, seeds: dict[str, str]):
    (tmp_path / "seeds").mkdir()
    for name, text in seeds.items():
        (tmp_path / "seeds" / name).write_text(text, encoding="utf-8")
    result = run_cli("--seeds", str(tmp_path / "seeds"), "--content", str(tmp_path / "content"),
                     "--output", str(tmp_path / "public"))
    assert result.returncode == 0, result.stderr
    articles = [read_article(p)[0] for p in sorted((tmp_path / "content").glob("*.md"))]
    return articles, result


def test_russian_and_chinese_articles_get_dates_sources_and_readable_unique_urls(tmp_path):
    articles, _ = ingest(tmp_path, {"ru.txt": RUSSIAN, "zh.txt": CHINESE, "ru-copy.txt": RUSSIAN.replace(
        "Стороны обсудили", "Лидеры обсудили")})
    by_language = {a.language: a for a in articles}
    russian, chinese = by_language["ru"], by_language["zh"]
    assert (russian.date.isoformat(), russian.source, russian.dateline) == ("2023-12-04", "BelTA", "Beijing")
    assert (chinese.date.isoformat(), chinese.source, chinese.dateline, chinese.author) == (
        "2023-12-04", "Xinhua", "Beijing", "孙奕")
    assert "Alexander Lukashenko" in russian.people and "Alexander Lukashenko" in chinese.people
    assert "China-Belarus Industrial Park" in russian.entities and "China-Belarus Industrial Park" in chinese.entities
    stems = [a.stem for a in articles]
    assert len(set(stems)) == len(stems)
    for stem in stems:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-[a-z0-9-]{8,}", stem), stem
    assert "lukashenko" in russian.stem and "xi-jin-ping" in chinese.stem
    for article in articles:
        assert (tmp_path / "public" / "articles" / article.stem / "index.html").is_file()


def test_a_wire_story_republished_by_two_sites_is_one_article(tmp_path):
    articles, result = ingest(tmp_path, {"a.txt": SITE_A, "b.txt": SITE_B})
    assert len(articles) == 1
    [article] = articles
    assert article.source == "Xinhua"
    assert "same story" in result.stdout + result.stderr
    [path] = (tmp_path / "content").glob("*.md")
    assert "also_seeds:\n- b.txt\n" in path.read_text(encoding="utf-8")
    events = list((tmp_path / "public" / "events").glob("*/index.html"))
    assert len(events) == 1


def test_the_merged_duplicate_stays_merged_on_the_next_run(tmp_path):
    ingest(tmp_path, {"a.txt": SITE_A, "b.txt": SITE_B})
    before = {p.name: p.read_bytes() for p in (tmp_path / "content").glob("*.md")}
    result = run_cli("--seeds", str(tmp_path / "seeds"), "--content", str(tmp_path / "content"),
                     "--output", str(tmp_path / "public"))
    assert result.returncode == 0
    assert {p.name: p.read_bytes() for p in (tmp_path / "content").glob("*.md")} == before


def test_the_hosting_site_of_a_duplicate_is_listed_as_also_published_by(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE.strip().split("\n\n"))
    hosted = ("<html><head><title>Xi meets Belarusian president</title>"
              '<meta property="og:site_name" content="Global Times"></head><body><article>'
              f"<h1>Xi meets Belarusian president</h1><p>BEIJING, Dec. 4 (Xinhua) -- {paragraphs[3:]}"
              "</article></body></html>")
    articles, _ = ingest(tmp_path, {"a.txt": SITE_A, "b.html": hosted})
    [article] = articles
    assert article.source == "Xinhua"
    assert article.also_published_by == ("Global Times",)


@pytest.mark.parametrize("text", [SITE_A])
def test_a_near_copy_with_a_different_story_is_not_merged(tmp_path, text):
    other = text.replace(WIRE, "Belarus and China signed an agreement on customs cooperation in Minsk on Monday, "
                         "the State Customs Committee said. The document covers electronic exchange of data on "
                         "goods crossing the border, joint risk management and training of customs officers.\n")
    articles, _ = ingest(tmp_path, {"a.txt": text, "c.txt": other})
    assert len(articles) == 2
