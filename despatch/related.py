"""Which articles read alike: TF-IDF vectors of their bodies, compared through an inverted index.

Each article keeps only its strongest terms, and each term remembers only the articles where it
weighs most, so finding the neighbours of every article costs O(n·k) rather than O(n²): the
build stays fast at tens of thousands of articles.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from typing import Sequence

VECTOR_TERMS = 60  # strongest terms kept per article
QUERY_TERMS = 20  # of those, the ones used to look up neighbours
POSTING_LIMIT = 60  # articles remembered per term, strongest first
MIN_SIMILARITY = 0.05  # below this, two articles share little more than the subject of the archive

WORD = re.compile(r"[^\W\d_]{3,}")
CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# Words every article of a Belarus-China archive uses: they say nothing about what it is about.
STOPWORDS = frozenset("""
the and for that with this from have has had was were are been will would said says also its their
they them his her she our not but which who whom what when where into over more most than other such
about after before between during under upon all any both each few some only same very can could
should may might must one two three first new year years two-day last next this these those there
here then out per via being while told noted stressed added including including mr ms
belarus belarusian china chinese president countries country two sides side cooperation relations
и в во на с со по к ко о об от до из за для что как это его ее их она они мы вы не но а также
""".split())

Vector = dict  # term -> weight, unit length


def words(text: str) -> list[str]:
    """Lower-case words of three letters or more; Chinese runs as overlapping character pairs."""
    found = [w for w in WORD.findall(text.casefold()) if w not in STOPWORDS and not CJK_RUN.fullmatch(w)]
    for run in CJK_RUN.findall(text):
        found += [run[i:i + 2] for i in range(len(run) - 1)] or [run]
    return found


def text_vectors(texts: Sequence[str]) -> list[Vector]:
    """One unit-length TF-IDF vector per text, keeping its VECTOR_TERMS strongest terms."""
    counts = [Counter(words(text)) for text in texts]
    document_frequency = Counter(term for count in counts for term in count)
    total = len(texts)
    return [_vector(count, document_frequency, total) for count in counts]


def _vector(count: Counter, document_frequency: Counter, total: int) -> Vector:
    weights = {term: (1 + math.log(n)) * math.log((1 + total) / (1 + document_frequency[term]) + 1)
               for term, n in count.items()}
    strongest = heapq.nsmallest(VECTOR_TERMS, weights.items(), key=lambda item: (-item[1], item[0]))
    norm = math.sqrt(sum(w * w for _, w in strongest)) or 1.0
    return {term: weight / norm for term, weight in strongest}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def most_similar(vectors: Sequence[Vector], count: int) -> list[tuple[tuple[int, float], ...]]:
    """For each vector, up to `count` (index, similarity) of the most similar others, best first."""
    postings = _postings(vectors)
    neighbours = []
    for index, vector in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        query = heapq.nsmallest(QUERY_TERMS, vector.items(), key=lambda item: (-item[1], item[0]))
        for term, weight in query:
            for other_weight, other in postings[term]:
                if other != index:
                    scores[other] += weight * other_weight
        best = heapq.nsmallest(count, scores.items(), key=lambda item: (-item[1], item[0]))
        neighbours.append(tuple((other, round(score, 4)) for other, score in best if score >= MIN_SIMILARITY))
    return neighbours


def _postings(vectors: Sequence[Vector]) -> dict[str, list[tuple[float, int]]]:
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((weight, index))
    return {term: heapq.nsmallest(POSTING_LIMIT, entries, key=lambda e: (-e[0], e[1]))
            for term, entries in postings.items()}
