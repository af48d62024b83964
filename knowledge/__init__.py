"""The answering engine: the corpus, the curated base, and the matcher. Pure and synchronous, no Telegram.

base = load_knowledge(knowledge_dir, corpus_dir)   # once; raises KnowledgeError on a bad file
reply = base.answer("who is peskov?")                # for every message
"""

from knowledge.answering import KnowledgeBase, load_knowledge
from knowledge.loading import KnowledgeError
from knowledge.model import Answer, AnswerKind, Outcome, SourceLink, Suggestion

__all__ = [
    "Answer",
    "AnswerKind",
    "KnowledgeBase",
    "KnowledgeError",
    "Outcome",
    "SourceLink",
    "Suggestion",
    "load_knowledge",
]
