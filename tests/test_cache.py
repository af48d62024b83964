"""The compiled copy of the base is used only while it is current and whole; otherwise it is built again.

The cache stores whatever load_knowledge builds, so most tests here stand in a quick builder that
returns a numbered build; one test round-trips the real base and compares its answers.
"""

import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from knowledge import cache
from knowledge.cache import CACHE_FILE, load_cached
from knowledge.evaluation import load_eval_set
from settings import Settings
from tests.conftest import CORPUS_DIR, KNOWLEDGE_DIR, ROOT


@dataclass
class Build:
    """A stand-in base: its name says which build it is; it speaks no other language."""

    name: str
    other_languages: dict = field(default_factory=dict)
    translated: tuple = ()

    def attach_languages(self, languages) -> None:
        pass


@pytest.fixture
def builds(monkeypatch) -> list[str]:
    """Stands in for load_knowledge: each build is a new Build naming its number, and is listed here."""
    built = []

    def build(knowledge_dir: Path, corpus_dir: Path) -> Build:
        built.append(f"build {len(built) + 1} of {knowledge_dir.name}")
        return Build(built[-1])

    monkeypatch.setattr(cache, "load_knowledge", build)
    return built


@pytest.fixture
def cache_dir(tmp_path) -> Path:
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def curated_cache_dir(base, tmp_path_factory) -> Path:
    """A cache folder holding the compiled curated base, written from the session's base rather than built again
    from the YAML (the builder is what the other tests stand in for)."""
    directory = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache, "load_knowledge", lambda knowledge_dir, corpus_dir: base)
        load_cached(KNOWLEDGE_DIR, CORPUS_DIR, directory)
    return directory


def test_answers_from_the_cache_equal_answers_from_the_yaml(base, curated_cache_dir):
    cached = load_cached(KNOWLEDGE_DIR, CORPUS_DIR, curated_cache_dir)
    assert cached is not base
    eval_sets = sorted((ROOT / "tests" / "eval").glob("*.yaml"))
    questions = [item.question for path in eval_sets for item in load_eval_set(path)]
    for question in questions[::9]:
        assert cached.answer(question).to_json() == base.answer(question).to_json(), question


def test_a_current_cache_is_used(base_copy, cache_dir, builds):
    knowledge, corpus = base_copy
    assert load_cached(knowledge, corpus, cache_dir).name == "build 1 of knowledge"
    assert load_cached(knowledge, corpus, cache_dir).name == "build 1 of knowledge"
    assert len(builds) == 1
    assert [p.name for p in cache_dir.iterdir()] == [CACHE_FILE], "no temporary file is left behind"


def test_a_changed_base_file_is_built_again(base_copy, cache_dir, builds):
    knowledge, corpus = base_copy
    load_cached(knowledge, corpus, cache_dir)
    path = sorted((knowledge / "faq").glob("*.yaml"))[0]
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries[0]["answer"] = "A changed answer."
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"


def test_a_new_base_file_is_built_again(base_copy, cache_dir, builds):
    knowledge, corpus = base_copy
    load_cached(knowledge, corpus, cache_dir)
    (knowledge / "faq" / "more.yaml").write_text("[]\n", encoding="utf-8")
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"


def test_a_changed_article_is_built_again(base_copy, cache_dir, builds):
    knowledge, corpus = base_copy
    load_cached(knowledge, corpus, cache_dir)
    article = sorted((corpus / "articles").glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"


def test_changed_engine_code_is_built_again(base_copy, tmp_path, cache_dir, builds, monkeypatch):
    knowledge, corpus = base_copy
    engine = tmp_path / "engine"
    shutil.copytree(cache.ENGINE_DIR, engine, ignore=shutil.ignore_patterns("base", "__pycache__"))
    monkeypatch.setattr(cache, "ENGINE_DIR", engine)
    load_cached(knowledge, corpus, cache_dir)
    with (engine / "matching.py").open("a", encoding="utf-8") as code:
        code.write("\n# a change\n")
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"


def test_another_library_version_is_built_again(base_copy, cache_dir, builds, monkeypatch):
    knowledge, corpus = base_copy
    load_cached(knowledge, corpus, cache_dir)
    versions = cache.library_versions()
    assert any(line.startswith("python 3.") for line in versions)
    assert any(line.startswith("rapidfuzz rapidfuzz-") for line in versions)
    monkeypatch.setattr(cache, "library_versions", lambda: [*versions[:-1], "yaml pyyaml-99.0.dist-info"])
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-5] + bytes([data[-5] ^ 1]) + data[-4:], id="one-bit-flipped"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"not a cache at all", id="garbage"),
    ],
)
def test_a_damaged_cache_is_never_used(base_copy, cache_dir, builds, damage, caplog):
    knowledge, corpus = base_copy
    load_cached(knowledge, corpus, cache_dir)
    path = cache_dir / CACHE_FILE
    path.write_bytes(damage(path.read_bytes()))
    caplog.set_level(logging.INFO, logger="knowledge.cache")
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge"
    assert len(caplog.records) == 1, "one log line says why the base is built again"
    assert load_cached(knowledge, corpus, cache_dir).name == "build 2 of knowledge", "the rebuilt cache is whole"


def test_an_unwritable_cache_folder_only_logs(base_copy, tmp_path, builds, caplog):
    knowledge, corpus = base_copy
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    assert load_cached(knowledge, corpus, not_a_folder).name == "build 1 of knowledge"
    assert "could not be saved" in caplog.text


READS_THE_WORD_LIST = """
import sys
from pathlib import Path
from knowledge.cache import load_cached
from knowledge.normalizing import english_word_counts
base = load_cached(*map(Path, sys.argv[1:]))
for question in ["who is peskov?", "who is peskvo?"]:
    base.answer(question)
    print(english_word_counts.cache_info().currsize)
"""


def test_a_bot_started_from_the_cache_reads_the_word_list_only_to_correct_a_word(curated_cache_dir):
    arguments = [str(KNOWLEDGE_DIR), str(CORPUS_DIR), str(curated_cache_dir)]
    command = [sys.executable, "-c", READS_THE_WORD_LIST, *arguments]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["0", "1"], "read for 'peskvo', not for 'peskov'"


def test_each_other_language_is_kept_apart_and_read_only_when_first_asked(cache_dir):
    fixtures = ROOT / "tests" / "fixtures"
    built = load_cached(fixtures / "base", fixtures / "corpus", cache_dir)
    names = sorted(p.name for p in cache_dir.iterdir())
    assert names == sorted([CACHE_FILE, "knowledge-base.ko.pickle", "knowledge-base.ru.pickle"])
    cached = load_cached(fixtures / "base", fixtures / "corpus", cache_dir)
    assert cached.other_languages._loaded == {}, "nothing but English is read at start-up"
    question = "Когда Шойгу был в Пхеньяне?"
    assert cached.answer(question).to_json() == built.answer(question).to_json()
    assert list(cached.other_languages._loaded) == ["ru"]


def test_ask_leaves_a_current_compiled_base_behind(builds):
    """`bot.py ask` answers from the compiled copy in the configured cache folder, writing it when it is missing or
    stale: afterwards that folder holds a copy of today's base in every language, so nothing is built again."""
    result = subprocess.run(
        [sys.executable, "bot.py", "ask", "--json", "who is peskov?"], cwd=ROOT, capture_output=True, text=True
    )
    assert '"match": "dmitry-peskov"' in result.stdout
    kept = load_cached(KNOWLEDGE_DIR, CORPUS_DIR, Settings.from_environment().cache_dir)
    assert builds == [] and set(kept.translated) == {"ru", "uk", "ko"}
