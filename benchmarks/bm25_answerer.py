"""The yardstick for the engine's speed: a plain BM25 answerer over the articles' sentences.

It replies to a question with the article sentence BM25 ranks first (bm25s, Snowball-stemmed, English
stop words), the way bm25s's own documentation does it. It knows nothing of the curated base, so it
answers badly; it only shows what a lean lexical answerer costs per question on the same machine.
"""

from __future__ import annotations

import bm25s
import Stemmer

from knowledge.coverage import factual_sentences
from knowledge.model import Article


class Bm25Answerer:
    def __init__(self, articles: dict[str, Article]):
        self._sentences = [s.text for a in articles.values() for s in factual_sentences(a)]
        self._stemmer = Stemmer.Stemmer("english")
        self._retriever = bm25s.BM25()
        corpus_tokens = bm25s.tokenize(self._sentences, stemmer=self._stemmer, show_progress=False)
        self._retriever.index(corpus_tokens, show_progress=False)

    def answer(self, question: str) -> str:
        tokens = bm25s.tokenize(question, stemmer=self._stemmer, show_progress=False)
        documents, _ = self._retriever.retrieve(tokens, k=1, show_progress=False)
        return self._sentences[documents[0, 0]]
