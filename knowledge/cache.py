"""A compiled copy of the knowledge base on disk, so that a fresh process starts in a few tens of milliseconds.

Building the base from the YAML (reading, validating, normalising every phrasing, indexing) takes a
quarter of a second or more; reading back the object it built takes a tenth of that. The copy is a pickle
of whatever `load_knowledge` returns, filed under a key: a hash of everything that object depends on,
namely the curated files, the corpus, the engine's code and the versions of Python and the libraries that
shape it. When the key differs, or the file cannot be read back whole (its payload carries its own
hash), the base is built from the YAML again and the file replaced atomically: a stale or damaged copy is
never used. `bot.py check` and `/reload` do not come here; they validate the YAML itself.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from importlib.util import find_spec
from pathlib import Path
from typing import BinaryIO

from knowledge.answering import KnowledgeBase, load_knowledge

CACHE_FILE = "knowledge-base.pickle"
_MAGIC = b"summit-bot compiled knowledge base\n"
_DIGEST_SIZE = 32
ENGINE_DIR = Path(__file__).resolve().parent
LIBRARIES = {
    "rapidfuzz": "rapidfuzz",
    "numpy": "numpy",
    "Stemmer": "pystemmer",
    "snowballstemmer": "snowballstemmer",
    "yaml": "pyyaml",
    "pymorphy3": "pymorphy3",
    "pymorphy3_dicts_ru": "pymorphy3-dicts-ru",
    "pymorphy3_dicts_uk": "pymorphy3-dicts-uk",
    "mecab": "python-mecab-ko",
    "mecab_ko_dic": "python-mecab-ko-dic",
}
"""The libraries whose versions shape the built base: module name, and distribution name as pip spells it."""

log = logging.getLogger(__name__)


def load_cached(knowledge_dir: Path, corpus_dir: Path, cache_dir: Path) -> KnowledgeBase:
    """The base, from the compiled copy in cache_dir when it is current, else built from the YAML and saved
    there. Raises KnowledgeError as load_knowledge does; a cache folder that cannot be written only logs.

    Each other language is a file of its own, read when its first message comes: a bot asked only in English
    never spends the time and memory on the others."""
    key = cache_key(knowledge_dir, corpus_dir)
    cache_dir = Path(cache_dir)
    base = _read(cache_dir / CACHE_FILE, key)
    if base is not None and all((cache_dir / _language_file(code)).exists() for code in base.translated):
        base.attach_languages(_LanguagesOnDisk(cache_dir, key, base.translated, knowledge_dir, corpus_dir))
        return base
    base = load_knowledge(knowledge_dir, corpus_dir)
    try:
        for code, translated in base.other_languages.items():
            _write(cache_dir / _language_file(code), key, translated)
        _write(cache_dir / CACHE_FILE, key, base)
    except OSError as error:
        log.warning("the compiled knowledge base could not be saved in %s: %s", cache_dir, error)
    return base


def _language_file(code: str) -> str:
    return CACHE_FILE.replace(".pickle", f".{code}.pickle")


class _LanguagesOnDisk(Mapping):
    """The base in each other language, read from its compiled file the first time it is asked for. A file
    gone stale or damaged meanwhile is built from the YAML again, as at start-up."""

    def __init__(self, cache_dir: Path, key: bytes, codes: tuple[str, ...], knowledge_dir: Path, corpus_dir: Path):
        self._cache_dir, self._key, self._codes = cache_dir, key, codes
        self._folders = (knowledge_dir, corpus_dir)
        self._loaded: dict[str, KnowledgeBase] = {}

    def __getitem__(self, code: str) -> KnowledgeBase:
        if code not in self._codes:
            raise KeyError(code)
        if code not in self._loaded:
            base = _read(self._cache_dir / _language_file(code), self._key)
            if base is None:
                base = load_knowledge(*self._folders).other_languages[code]
            self._loaded[code] = base
        return self._loaded[code]

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)


def cache_key(knowledge_dir: Path, corpus_dir: Path) -> bytes:
    """The hash of every file under the two folders and of the engine's code, and the library versions."""
    digest = hashlib.sha256()
    for label, folder, pattern in [
        ("base", knowledge_dir, "*"),
        ("corpus", corpus_dir, "*"),
        ("code", ENGINE_DIR, "*.py"),
    ]:
        for path in sorted(p for p in Path(folder).rglob(pattern) if p.is_file()):
            _add(digest, f"{label}/{path.relative_to(folder).as_posix()}".encode(), path.read_bytes())
    _add(digest, b"versions", "\n".join(library_versions()).encode())
    return digest.digest()


def _add(digest, name: bytes, content: bytes) -> None:
    """Adds one named part, each length-prefixed so that no two different sets of parts hash alike."""
    for part in (name, content):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)


def library_versions() -> list[str]:
    """Python's version and each library's installed distribution (its .dist-info folder names the version).
    Read from the folder rather than importlib.metadata, whose import alone costs a bot start 40 ms."""
    versions = [f"python {sys.version}", f"pickle {pickle.HIGHEST_PROTOCOL}"]
    for module, distribution in LIBRARIES.items():
        spec = find_spec(module)
        origin = Path(spec.origin) if spec and spec.origin else None
        versions.append(f"{module} {_distribution_info(origin, distribution)}")
    return versions


def _distribution_info(origin: Path | None, distribution: str) -> str:
    if origin is None:
        return "not installed"
    for folder in (origin.parent, origin.parent.parent):
        names = _dist_info_names(folder)
        found = sorted(
            n for n in names if n.lower().startswith(distribution + "-") and n[len(distribution) + 1].isdigit()
        )
        if found:
            return " ".join(found)
    stat = origin.stat()
    return f"{origin} {stat.st_size} {stat.st_mtime_ns}"


def _dist_info_names(folder: Path) -> Iterable[str]:
    try:
        return [entry.name for entry in os.scandir(folder) if entry.name.endswith(".dist-info")]
    except OSError:
        return []


def _unpickled(file: BinaryIO) -> KnowledgeBase:
    """The base read back with the garbage collector paused: unpickling makes a hundred thousand objects, none of
    them garbage, and collecting while it does took a third of the time in a process with a large heap."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(file)
    finally:
        if collecting:
            gc.enable()


def _read(path: Path, key: bytes) -> KnowledgeBase | None:
    """The cached base if the file is there, for this key, and whole; None (and at most a log line) if not.

    The payload is hashed, then unpickled, from the open file in pieces rather than read into memory whole:
    the whole file beside the objects made from it put a fresh process's peak memory 4 MB higher. A file
    replaced meanwhile does not matter: the open handle still reads the one that was hashed."""
    try:
        with path.open("rb") as file:
            return _read_open(file, path, key)
    except FileNotFoundError:
        log.info("building the compiled knowledge base in %s", path.parent)
        return None
    except OSError as error:
        log.warning("the compiled knowledge base %s cannot be read (%s); building it again", path, error)
        return None


def _read_open(file: BinaryIO, path: Path, key: bytes) -> KnowledgeBase | None:
    header = file.read(len(_MAGIC) + 2 * _DIGEST_SIZE)
    if not header.startswith(_MAGIC) or header[len(_MAGIC) : len(_MAGIC) + _DIGEST_SIZE] != key:
        log.info("the knowledge base, the engine or a library changed; building the compiled base again")
        return None
    payload_start = file.tell()
    if header[len(_MAGIC) + _DIGEST_SIZE :] != hashlib.file_digest(file, "sha256").digest():
        log.warning("the compiled knowledge base %s is damaged; building it again", path)
        return None
    file.seek(payload_start)
    try:
        return _unpickled(file)
    except Exception as error:  # a payload that hashes right but does not unpickle: a different engine wrote it
        log.warning("the compiled knowledge base %s cannot be read back (%s); building it again", path, error)
        return None


def _write(path: Path, key: bytes, base: KnowledgeBase) -> None:
    """Writes to a temporary file beside the cache, then renames it over: a reader sees the old file or the
    new one, never half of one."""
    payload = pickle.dumps(base, protocol=pickle.HIGHEST_PROTOCOL)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(_MAGIC + key + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
