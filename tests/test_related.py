"""Related coverage: TF-IDF vectors over bodies, neighbours found through an inverted index in O(n·k)."""
from __future__ import annotations

import random
import time

from despatch.related import VECTOR_TERMS, cosine, most_similar, text_vectors, words

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word(number: int) -> str:
    """A made-up word of letters only: 0 -> 'baaa'."""
    letters = []
    for _ in range(3):
        number, rest = divmod(number, 26)
        letters.append(LETTERS[rest])
    return "b" + "".join(letters) + LETTERS[number % 26]


def test_words_drop_stopwords_and_pair_chinese_characters():
    assert words("The Great Stone park and Belarus") == ["great", "stone", "park"]
    assert words("中白工业园") == ["中白", "白工", "工业", "业园"]


def test_vectors_are_unit_length_and_capped():
    vectors = text_vectors([" ".join(word(i) for i in range(300)), "short text here"])
    assert len(vectors[0]) == VECTOR_TERMS
    assert abs(cosine(vectors[0], vectors[0]) - 1) < 1e-9


def test_most_similar_finds_the_article_on_the_same_subject():
    texts = ["potash fertilizer exports through Klaipeda port rerouted to Russian ports",
             "industrial park Great Stone residents machinery electronics investment",
             "Great Stone industrial park attracts new residents in electronics",
             "potash fertilizer shipments rerouted via Russian ports after sanctions"]
    neighbours = most_similar(text_vectors(texts), 2)
    assert neighbours[1][0][0] == 2 and neighbours[2][0][0] == 1
    assert neighbours[0][0][0] == 3 and neighbours[3][0][0] == 0


def test_an_article_is_never_its_own_neighbour():
    assert all(index not in {i for i, _ in found}
               for index, found in enumerate(most_similar(text_vectors(["a b c alpha", "alpha beta"] * 3), 5)))


def test_ten_thousand_articles_in_reasonable_time():
    rng = random.Random(4)
    vocabulary = [word(i) for i in range(20000)]
    texts = [" ".join(rng.choices(vocabulary[:200], k=60) + rng.choices(vocabulary, k=140)) for _ in range(10000)]
    started = time.process_time()  # CPU time: a busy machine must not fail the test
    neighbours = most_similar(text_vectors(texts), 5, jobs=1)  # in this process, whose CPU time is measured
    assert len(neighbours) == 10000
    assert time.process_time() - started < 60


def test_neighbours_found_on_several_processes_are_those_found_on_one():
    rng = random.Random(7)
    vocabulary = [word(i) for i in range(3000)]
    texts = [" ".join(rng.choices(vocabulary[:100], k=30) + rng.choices(vocabulary, k=70)) for _ in range(400)]
    vectors = text_vectors(texts)
    assert most_similar(vectors, 5, jobs=2) == most_similar(vectors, 5, jobs=1)
