"""The question log: written in the background, durable, private, and never in the way of a reply."""

import json
import logging
import sqlite3
from datetime import UTC, datetime, timedelta

from curation.question_log import NONE_OF_THESE, DisabledLog, LoggedQuestion, QuestionLog
from curation.reports import most_disliked, parse_since, stats, unanswered
from knowledge import Outcome
from tests.test_cli import run_bot

DECLINED, UNSURE = Outcome.DECLINED, Outcome.UNSURE


def rows(path, query):
    with sqlite3.connect(path) as db:
        return db.execute(query).fetchall()


def test_it_is_created_on_first_use_in_wal_mode(tmp_path):
    path = tmp_path / "new" / "log.sqlite3"
    log = QuestionLog(path)
    log.close()
    assert path.exists()
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]


def test_it_stores_no_user_ids_or_names(tmp_path):
    log = QuestionLog(tmp_path / "log.sqlite3")
    log.close()
    columns = {
        c[1]
        for table in ("questions", "feedback")
        for c in rows(tmp_path / "log.sqlite3", f"PRAGMA table_info({table})")
    }
    assert not {c for c in columns if "user" in c or "name" in c or c == "chat_id"}


def test_records_are_committed_as_they_are_written(tmp_path):
    """What the writer has written is on disk even if the bot dies without closing the log."""
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path)
    log.record_question(LoggedQuestion("who is kim's cat", "private", DECLINED, "no-answer", None, 0.2))
    log.record_feedback("dmitry-peskov", helpful=False, chat_type="group")
    log.flush()
    assert rows(path, "SELECT text, chat_type, outcome FROM questions") == [("who is kim's cat", "private", DECLINED)]
    assert rows(path, "SELECT match, helpful FROM feedback") == [("dmitry-peskov", 0)]


def test_recording_never_waits_for_the_disk(tmp_path):
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path)
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    log.record_question(LoggedQuestion("first", "private", DECLINED))
    log.record_question(LoggedQuestion("second", "private", DECLINED))
    assert log._queue.unfinished_tasks >= 1
    blocker.rollback()
    blocker.close()
    log.flush()
    assert [r[0] for r in rows(path, "SELECT text FROM questions ORDER BY id")] == ["first", "second"]
    log.close()


def test_none_of_these_marks_the_logged_question(tmp_path):
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path)
    log.record_question(LoggedQuestion("kim train", "private", UNSURE, "unsure", "x", 0.6, ref="ab12cd34"))
    log.record_none_of_these("ab12cd34")
    log.close()
    assert rows(path, "SELECT outcome FROM questions") == [(NONE_OF_THESE,)]


def test_a_corrupt_file_disables_the_log_and_says_so(tmp_path, caplog):
    path = tmp_path / "log.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.ERROR):
        log = QuestionLog.open_or_disable(path)
    assert isinstance(log, DisabledLog)
    assert "cannot be used" in caplog.text
    log.record_question(LoggedQuestion("still fine", "private", DECLINED))
    log.close()


def fill(path, base):
    log = QuestionLog(path)
    for text in ["how old is kim", "How old is Kim?", "how old is kim jong un", "kim age??", "what did they sign"]:
        log.record_question(LoggedQuestion(text, "private", DECLINED, "no-answer"))
    log.record_question(LoggedQuestion("who is peskov", "group", "answered", "entity", "dmitry-peskov", 1.0))
    for helpful in (False, False, True):
        log.record_feedback("dmitry-peskov", helpful, "private")
    log.close()


def test_unanswered_groups_similar_questions_with_the_nearest_entry(tmp_path, base):
    path = tmp_path / "log.sqlite3"
    fill(path, base)
    with sqlite3.connect(path) as db:
        groups = unanswered(db, base, since=None, limit=10)
    top = groups[0]
    assert top.question.lower().startswith("how old is kim") and top.count >= 3
    assert top.nearest_id is not None and top.nearest_question
    assert sum(g.count for g in groups) == 5
    with sqlite3.connect(path) as db:
        assert len(unanswered(db, base, since=None, limit=1)) == 1
        assert unanswered(db, base, since=datetime.now(UTC) + timedelta(days=1), limit=10) == []


def test_feedback_report_and_stats(tmp_path, base):
    path = tmp_path / "log.sqlite3"
    fill(path, base)
    with sqlite3.connect(path) as db:
        [disliked] = most_disliked(db, base, since=None, limit=5)
        numbers = stats(db, base)
    assert (disliked.match, disliked.unhelpful, disliked.helpful) == ("dmitry-peskov", 2, 1)
    assert (numbers.answered_today, numbers.declined_today) == (1, 5)
    assert (numbers.answered_total, numbers.declined_total) == (1, 5)
    assert len(numbers.top_questions) == 5 and all(count == 1 for _, count in numbers.top_questions)


def test_since_takes_dates_and_ages():
    assert parse_since("2023-09-13") == datetime(2023, 9, 13, tzinfo=UTC)
    assert datetime.now(UTC) - parse_since("7d") > timedelta(days=6)


def test_the_reports_on_the_command_line(tmp_path, base):
    path = tmp_path / "log.sqlite3"
    fill(path, base)
    env = {"SUMMIT_DATABASE": str(path)}
    text = run_bot("unanswered", env=env)
    assert text.returncode == 0 and "how old is kim" in text.stdout.lower()
    as_json = json.loads(run_bot("unanswered", "--format", "json", "--limit", "1", env=env).stdout)
    assert len(as_json) == 1 and as_json[0]["count"] >= 3 and as_json[0]["nearest_id"]
    as_csv = run_bot("unanswered", "--format", "csv", "--since", "1d", env=env).stdout.splitlines()
    assert as_csv[0].startswith("count,question") and len(as_csv) >= 2
    feedback = run_bot("feedback", env=env)
    assert feedback.returncode == 0 and "dmitry-peskov" in feedback.stdout
    bad = run_bot("unanswered", "--since", "yesterday-ish", env=env)
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_a_lone_surrogate_is_stored_as_a_replacement_character(tmp_path):
    log = QuestionLog(tmp_path / "log.sqlite3")
    log.record_question(LoggedQuestion("\udced\udca0\udc80 who is peskov", "private", DECLINED))
    log.record_question(LoggedQuestion("who is lankov", "private", DECLINED))
    assert log.flush()
    texts = [r[0] for r in rows(log.path, "SELECT text FROM questions ORDER BY id")]
    assert texts == ["\ufffd\ufffd\ufffd who is peskov", "who is lankov"]
    assert log.trouble is None
    log.close()


def test_a_writer_that_dies_is_restarted_once_then_the_log_stops_and_says_so_once(tmp_path, caplog):
    log = QuestionLog(tmp_path / "log.sqlite3")
    log._queue.put(None)  # the writer ends as if its thread were gone
    log.record_question(LoggedQuestion("after the first death", "private", DECLINED))
    assert log.flush() and log.trouble is None
    assert rows(log.path, "SELECT text FROM questions") == [("after the first death",)]
    log._queue.put(None)
    with caplog.at_level(logging.ERROR):
        for number in range(3):
            log.record_question(LoggedQuestion(f"lost {number}", "private", DECLINED))
            assert log.flush(timeout=1)
    assert log.trouble and "writer stopped" in log.trouble
    assert caplog.text.count("stops") == 1
    log.close(timeout=0.5)


def test_a_file_locked_by_another_process_degrades_the_log_without_blocking(tmp_path):
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path, busy_seconds=0.05)
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    for number in range(7):
        log.record_question(LoggedQuestion(f"question {number}", "private", DECLINED))
    log.flush(timeout=3)
    assert log.trouble and "writes in a row failed" in log.trouble
    log.record_question(LoggedQuestion("dropped at once", "private", DECLINED))
    assert log.flush(timeout=0.1)
    blocker.rollback()
    blocker.close()
    log.close(timeout=1)


def test_closing_a_stuck_log_gives_up_in_time(tmp_path):
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path, busy_seconds=5)
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    log.record_question(LoggedQuestion("waits for the lock", "private", DECLINED))
    assert not log.flush(timeout=0.2)
    log.close(timeout=0.3)
    blocker.rollback()
    blocker.close()


def test_stats_can_quote_only_group_questions(tmp_path, base):
    log = QuestionLog(tmp_path / "log.sqlite3")
    log.record_question(LoggedQuestion("my number is 555-0100, who is peskov", "private", DECLINED))
    log.record_question(LoggedQuestion("who is shoigu", "supergroup", DECLINED))
    log.close()
    with sqlite3.connect(log.path) as db:
        numbers = stats(db, base, top_from=("group", "supergroup"))
    assert numbers.top_questions == [("who is shoigu", 1)]
    assert numbers.declined_total == 2


def test_unanswered_keeps_languages_apart_and_shows_unsettled_claim_checks_as_their_own_group(tmp_path, base):
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path)
    for text in ["какая погода в москве", "Какая погода в Москве?", "how tall is kim"]:
        answer = base.answer(text)
        log.record_question(LoggedQuestion(text, "private", answer.outcome, answer.kind, language=answer.language))
    checked = base.answer("kim's train has 21 bulletproof carriages")
    log.record_question(
        LoggedQuestion("kim's train has 21 bulletproof carriages", "private", checked.outcome, checked.kind)
    )
    log.close()
    with sqlite3.connect(path) as db:
        russian = unanswered(db, base, since=None, limit=10, language="ru")
        everything = unanswered(db, base, since=None, limit=10)
    assert [(g.count, g.language) for g in russian] == [(2, "ru")]
    assert [g.claim_check for g in everything if "carriages" in g.question] == [True]
    assert {g.language for g in everything} == {"ru", "en"}
