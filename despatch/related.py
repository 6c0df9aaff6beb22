"""Which articles read alike: TF-IDF vectors of their bodies, compared through an inverted index.

Each article keeps only its strongest terms, and each term remembers only the articles where it
weighs most, so finding the neighbours of every article costs O(n·k) rather than O(n²): the
build stays fast at tens of thousands of articles.
"""
from __future__ import annotations

import heapq
import math
import operator
import re
from collections import Counter, defaultdict
from functools import partial
from typing import Sequence

from .parallel import parallel_map

VECTOR_TERMS = 60  # strongest terms kept per article
QUERY_TERMS = 8  # of those, the ones used to look up neighbours in a large archive
SMALL_ARCHIVE = 2000  # up to this many articles, every kept term looks up neighbours
POSTING_LIMIT = 32  # articles remembered per term, strongest first
RESCORED_EXTRA = 4  # candidates beyond those asked for, compared on all their kept terms
MIN_SIMILARITY = 0.05  # below this, two articles share little more than the subject of the archive

WORD = re.compile(r"[a-z\u00df-\u024f\u0430-\u045f]{3,}")  # Latin and Cyrillic, after casefold
TEXT_CHARS = 6000  # the opening of an article says what it is about; the rest only costs time
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
    text = text[:TEXT_CHARS]
    found = [w for w in WORD.findall(text.casefold()) if w not in STOPWORDS]
    for run in CJK_RUN.findall(text):
        found += [run[i:i + 2] for i in range(len(run) - 1)] or [run]
    return found


WordCounts = tuple  # ((word, count), ...) in the order the words first appear in the text


def word_counts(text: str) -> WordCounts:
    """How often each word occurs: the part of a vector that depends on this text alone (cached per article)."""
    return tuple(Counter(words(text)).items())


def text_vectors(texts: Sequence[str]) -> list[Vector]:
    """One unit-length TF-IDF vector per text, keeping its VECTOR_TERMS strongest terms."""
    return count_vectors([word_counts(text) for text in texts])


def count_vectors(word_counts_of_texts: Sequence[WordCounts]) -> list[Vector]:
    """`text_vectors` from the texts' word counts."""
    counts = [dict(pairs) for pairs in word_counts_of_texts]
    document_frequency = Counter(term for count in counts for term in count)
    total = len(counts)
    idf = {term: math.log((1 + total) / (1 + n) + 1) for term, n in document_frequency.items()}
    return [_vector(count, idf) for count in counts]


_TF = [0.0] + [1 + math.log(n) for n in range(1, 64)]  # sublinear term frequency, looked up


def _vector(count: dict[str, int], idf: dict[str, float]) -> Vector:
    """The strongest terms, strongest first; equal weights keep the text's order (nlargest is stable)."""
    weights = {term: _TF[min(n, 63)] * idf[term] for term, n in count.items()}
    strongest = heapq.nlargest(VECTOR_TERMS, weights, key=weights.__getitem__)
    norm = math.sqrt(math.fsum(weights[t] * weights[t] for t in strongest)) or 1.0
    return {term: weights[term] / norm for term in strongest}


def cosine(a: Vector, b: Vector) -> float:
    # fsum is exactly rounded, so the result does not depend on the (hash) order of the shared terms;
    # the maps keep the whole loop in C, a third of the time of a generator
    shared = a.keys() & b.keys()
    return math.fsum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def most_similar(vectors: Sequence[Vector], count: int, jobs: int | None = None) -> list[tuple[tuple[int, float], ...]]:
    """For each vector, up to `count` (index, similarity) of the most similar others, best first;
    on `jobs` processes (each vector's neighbours are found independently of the others')."""
    query_terms = VECTOR_TERMS if len(vectors) <= SMALL_ARCHIVE else QUERY_TERMS
    find = partial(_neighbours, vectors, _postings(vectors), query_terms, count)
    return list(parallel_map(find, list(range(len(vectors))), jobs))


def _neighbours(vectors: Sequence[Vector], postings: dict, query_terms: int, count: int,
                index: int) -> tuple[tuple[int, float], ...]:
    vector = vectors[index]
    scores: dict[int, float] = defaultdict(float)
    for term, weight in list(vector.items())[:query_terms]:  # vectors hold their terms strongest first
        for other_weight, other in postings[term]:
            scores[other] += weight * other_weight
    scores.pop(index, None)
    # The strongest terms only find the candidates; all kept terms decide between them.
    candidates = heapq.nlargest(count + RESCORED_EXTRA, scores, key=scores.__getitem__)
    exact = {other: round(cosine(vector, vectors[other]), 4) for other in candidates}
    best = sorted(exact, key=lambda other: (-exact[other], other))[:count]
    return tuple((other, exact[other]) for other in best if exact[other] >= MIN_SIMILARITY)


def _postings(vectors: Sequence[Vector]) -> dict[str, list[tuple[float, int]]]:
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((weight, index))
    return {term: heapq.nlargest(POSTING_LIMIT, entries) for term, entries in postings.items()}
