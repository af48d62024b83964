"""The question log: what people ask, how the bot answered, and their feedback, in SQLite.

One background thread writes every record and commits it at once, in WAL mode, so logging never
delays a reply and nothing written is lost when the bot crashes or restarts. No user ids or names are
stored: only the text, the time, the chat type, what matched and how well, and the feedback.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knowledge import Outcome

logger = logging.getLogger(__name__)

NONE_OF_THESE = "none-of-these"
"""Logged in place of the engine's UNSURE when the person pressed "None of these" under a "did you mean"."""
NOT_ANSWERED = (Outcome.UNSURE, Outcome.DECLINED, NONE_OF_THESE)

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    text TEXT NOT NULL,
    outcome TEXT NOT NULL,
    kind TEXT,
    match TEXT,
    score REAL,
    ref TEXT,
    language TEXT
);
CREATE INDEX IF NOT EXISTS questions_by_time ON questions (asked_at);
CREATE INDEX IF NOT EXISTS questions_by_ref ON questions (ref);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    given_at TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    match TEXT NOT NULL,
    helpful INTEGER NOT NULL
);
"""
MAX_TEXT = 2000
BUSY_SECONDS = 2.0
"""How long a write waits for another process's lock on the file before that record fails."""
FLUSH_SECONDS = 3.0
FAILURES_BEFORE_STARTING_OVER = 3
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class LoggedQuestion:
    text: str
    chat_type: str
    outcome: str
    kind: str | None = None
    match: str | None = None
    score: float | None = None
    ref: str | None = None
    language: str = "en"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def storable(text: str) -> str:
    """`text` as valid UTF-8: a lone surrogate (a forged update can carry one) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def connect(path: Path, busy_seconds: float = BUSY_SECONDS) -> sqlite3.Connection:
    """Opens (creating on first use) the database in WAL mode; raises sqlite3.Error on a corrupt file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False, timeout=busy_seconds)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(SCHEMA)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(questions)")}
    if "language" not in columns:  # a log written before questions had a language
        connection.execute("ALTER TABLE questions ADD COLUMN language TEXT")
    return connection


def read_only(path: Path, busy_seconds: float = BUSY_SECONDS) -> contextlib.closing[sqlite3.Connection]:
    """A connection for reports, which never writes and is closed after use: `with read_only(path) as db`."""
    return contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_seconds))


class QuestionLog:
    """Takes records from any thread or coroutine and writes them in the background.

    Handing a record over never waits. A record the database refuses is skipped and logged; when writing
    keeps failing, or the writer thread dies, the log starts over once with a fresh connection, and after
    that stops logging: it says so once in the log and in `trouble`, which /stats shows.
    """

    def __init__(self, path: Path, busy_seconds: float = BUSY_SECONDS):
        self.path = path
        self.trouble: str | None = None
        self._busy_seconds = busy_seconds
        self._queue: queue.Queue[Callable[[sqlite3.Connection], object] | None] = queue.Queue()
        self._restarts_left = 1
        self._starting_over = threading.Lock()
        self._closed = False
        self._connection = connect(path, busy_seconds)
        self._writer = self._start_writer()

    @classmethod
    def open_or_disable(cls, path: Path) -> QuestionLog | DisabledLog:
        """The log at `path`, or, when the file cannot be used, a log that drops records and says so."""
        try:
            return cls(path)
        except (sqlite3.Error, OSError) as error:
            logger.error("The question log %s cannot be used (%s); answering without it", path, error)
            return DisabledLog(path, str(error))

    def record_question(self, question: LoggedQuestion) -> None:
        values = (now(), question.chat_type, storable(question.text[:MAX_TEXT]), question.outcome, question.kind)
        values += (question.match, question.score, question.ref, question.language)
        self._hand_over(
            lambda db: db.execute(
                "INSERT INTO questions (asked_at, chat_type, text, outcome, kind, match, score, ref, language)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        )

    def record_none_of_these(self, ref: str) -> None:
        """The person pressed "None of these" under the suggestions for the question logged with `ref`."""
        self._hand_over(lambda db: db.execute("UPDATE questions SET outcome = ? WHERE ref = ?", (NONE_OF_THESE, ref)))

    def record_feedback(self, match: str, helpful: bool, chat_type: str) -> None:
        values = (now(), chat_type, match, int(helpful))
        self._hand_over(
            lambda db: db.execute(
                "INSERT INTO feedback (given_at, chat_type, match, helpful) VALUES (?, ?, ?, ?)", values
            )
        )

    def flush(self, timeout: float = FLUSH_SECONDS) -> bool:
        """Waits, at most `timeout` seconds, until every record handed over so far is written; false if not."""
        written = threading.Event()
        if not self._hand_over(lambda db: written.set()):
            return True
        deadline = time.monotonic() + timeout
        while self.trouble is None and not written.wait(0.05):
            if time.monotonic() > deadline:
                return False
            if not self._writer.is_alive():
                self._start_over("its writer stopped")
        return True

    def close(self, timeout: float = FLUSH_SECONDS) -> None:
        """Writes what is queued, waiting at most `timeout` seconds, so a stuck disk cannot hold up a stop."""
        self._closed = True
        self._queue.put(None)
        self._writer.join(timeout)
        if self._writer.is_alive():
            lost = self._queue.qsize()
            logger.error("The question log %s did not finish writing; %d records are lost", self.path, lost)
            return
        self._connection.close()

    def _hand_over(self, write: Callable[[sqlite3.Connection], object]) -> bool:
        """Queues `write` for the writer; false when the log is closed or has stopped logging."""
        if self._closed:
            return False
        if self.trouble is None and not self._writer.is_alive():
            self._start_over("its writer stopped")
        if self.trouble is None:
            self._queue.put(write)
        return self.trouble is None

    def _start_writer(self) -> threading.Thread:
        writer = threading.Thread(target=self._write_forever, name="question-log", daemon=True)
        writer.start()
        return writer

    def _start_over(self, why: str) -> None:
        """Reconnects and restarts the writer once; the second time, stops logging and says so."""
        with self._starting_over:
            if self.trouble is None:
                self._start_over_once(why)

    def _start_over_once(self, why: str) -> None:
        if self._restarts_left == 0:
            self.trouble = f"{why}; the bot answers without logging until it is restarted"
            logger.error("The question log %s stops: %s", self.path, self.trouble)
            return
        self._restarts_left -= 1
        logger.warning("The question log %s starts over: %s", self.path, why)
        broken = self._connection
        try:
            self._connection = connect(self.path, self._busy_seconds)
        except (sqlite3.Error, OSError) as error:
            self._restarts_left = 0
            self._start_over_once(f"{why}, then it could not be reopened ({error})")
            return
        with contextlib.suppress(sqlite3.Error):
            broken.close()
        if not self._writer.is_alive():
            self._writer = self._start_writer()

    def _write_forever(self) -> None:
        failures = 0
        while self.trouble is None:
            write = self._queue.get()
            try:
                if write is None:
                    return
                with self._connection:
                    write(self._connection)
                failures = 0
            except Exception as error:
                failures += 1
                logger.error("Could not write to the question log %s: %s", self.path, error)
                if failures >= FAILURES_BEFORE_STARTING_OVER:
                    failures = 0
                    self._start_over(f"{FAILURES_BEFORE_STARTING_OVER} writes in a row failed ({error})")
            finally:
                self._queue.task_done()
        self._drop_queued()

    def _drop_queued(self) -> None:
        """After the log stopped: empties the queue, releasing anyone waiting in flush()."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return
            self._queue.task_done()


class DisabledLog:
    """Stands in for a log whose file could not be opened: the bot keeps answering, and logged why."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = path, reason
        self.trouble = f"the file cannot be used ({reason})"

    def record_question(self, question: LoggedQuestion) -> None:
        pass

    def record_none_of_these(self, ref: str) -> None:
        pass

    def record_feedback(self, match: str, helpful: bool, chat_type: str) -> None:
        pass

    def flush(self, timeout: float = 0) -> bool:
        return True

    def close(self, timeout: float = 0) -> None:
        pass
