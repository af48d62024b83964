import shutil
from pathlib import Path

import pytest

from knowledge import KnowledgeBase, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge" / "base"
CORPUS_DIR = ROOT / "corpus"


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE_DIR, CORPUS_DIR)


@pytest.fixture
def base_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A writable copy of the knowledge and corpus folders, for tests that break them on purpose."""
    knowledge, corpus = tmp_path / "knowledge", tmp_path / "corpus"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    shutil.copytree(CORPUS_DIR, corpus)
    return knowledge, corpus
