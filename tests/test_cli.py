"""The command line as a person or a grading script drives it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def run_bot(*arguments: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"} | (env or {})
    return subprocess.run(
        [sys.executable, "bot.py", *arguments],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def test_ask_prints_the_reply_and_its_sources():
    result = run_bot("ask", "who is peskov?")
    assert result.returncode == 0
    assert "Peskov" in result.stdout and "Sources:" in result.stdout and "https://" in result.stdout


def test_ask_json_has_the_structured_answer():
    reply = json.loads(run_bot("ask", "--json", "who is peskov?").stdout)
    assert reply["answered"] is True and reply["match"] == "dmitry-peskov"
    assert {"text", "sources", "score", "match"} <= reply.keys()
    assert reply["sources"][0]["url"].startswith("https://")


def test_batch_answers_each_line_as_it_arrives():
    """The batch mode answers a line before the next one is written, so it can be driven interactively."""
    process = subprocess.Popen(
        [sys.executable, "bot.py", "ask", "--batch", "--json"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        replies = []
        for question in ["who is peskov?", "good sourdough bread recipe?", "hello"]:
            process.stdin.write(question + "\n")
            process.stdin.flush()
            replies.append(json.loads(process.stdout.readline()))
    finally:
        process.stdin.close()
        process.wait(timeout=30)
    assert [r["answered"] for r in replies] == [True, False, False]
    assert process.returncode == 0


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path):
    """`bot.py ask --batch < questions | head` must not end in a traceback when head stops reading."""
    questions = tmp_path / "questions.txt"
    questions.write_text("who is peskov?\n" * 5000)
    with questions.open() as stdin:
        process = subprocess.Popen(
            [sys.executable, "bot.py", "ask", "--batch", "--json"],
            cwd=ROOT,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert json.loads(process.stdout.readline())["answered"] is True
        process.stdout.close()
        errors = process.stderr.read()
        process.wait(timeout=60)
    assert "Traceback" not in errors
    assert process.returncode == 1


def test_console_chats_until_the_input_ends():
    result = run_bot("console", stdin="who is peskov?\nthanks\n")
    assert result.returncode == 0
    assert "Peskov" in result.stdout and "welcome" in result.stdout


def test_no_command_and_no_token_opens_the_console():
    result = run_bot(stdin="hi\n")
    assert result.returncode == 0 and "Hi!" in result.stdout


def test_check_passes_on_the_curated_base_reading_the_yaml_itself(tmp_path):
    cache_dir = tmp_path / "cache"
    result = run_bot("check", env={"SUMMIT_CACHE_DIR": str(cache_dir)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout and "Coverage" in result.stdout
    assert not cache_dir.exists(), "check reads the YAML, never a compiled copy"


def test_check_fails_on_a_broken_base_naming_the_file(base_copy):
    knowledge, corpus = base_copy
    claims = sorted((knowledge / "claims").glob("*.yaml"))[0]
    claims.write_text("- id: broken\n  statement: [\n", encoding="utf-8")
    result = run_bot("check", env={"SUMMIT_KNOWLEDGE_DIR": str(knowledge), "SUMMIT_CORPUS_DIR": str(corpus)})
    assert result.returncode == 1
    assert str(claims) in result.stderr


def test_check_lists_sentences_no_claim_backs(base_copy):
    knowledge, corpus = base_copy
    path = knowledge / "claims" / "ap-explainer-why-now.yaml"
    claims = yaml.safe_load(path.read_text(encoding="utf-8"))
    removed = {c["id"] for c in claims if "wheat" in c["statement"]}
    path.write_text(yaml.safe_dump([c for c in claims if c["id"] not in removed], allow_unicode=True), encoding="utf-8")
    for path in (knowledge / "faq").glob("*.yaml"):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        kept = [e for e in entries if not removed & set(e["claims"])]
        path.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    rumours = knowledge / "rumours.yaml"
    if rumours.exists():
        kept = [r for r in yaml.safe_load(rumours.read_text(encoding="utf-8")) if not removed & set(r["claims"])]
        rumours.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    result = run_bot("check", env={"SUMMIT_KNOWLEDGE_DIR": str(knowledge), "SUMMIT_CORPUS_DIR": str(corpus)})
    assert result.returncode == 1
    assert "not backed (ap-explainer-why-now)" in result.stdout and "wheat flour" in result.stdout


def test_eval_reports_accuracy_and_failures():
    result = run_bot("eval", "tests/eval/dev.yaml")
    assert result.returncode == 0
    assert "answerable answered correctly" in result.stdout and "false answers" in result.stdout


def test_a_malformed_token_gets_one_line_naming_the_variable():
    result = run_bot("run", env={"TELEGRAM_BOT_TOKEN": "98765:leaked"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "98765:leaked" not in result.stderr


def test_run_without_a_token_says_which_variable_is_missing():
    result = run_bot("run")
    assert result.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in result.stderr


def test_ask_session_makes_consecutive_lines_one_conversation():
    lines = "who is peskov\nand shoigu?\nsource?\n"
    together = [
        json.loads(line) for line in run_bot("ask", "--batch", "--json", "--session", stdin=lines).stdout.splitlines()
    ]
    apart = [json.loads(line) for line in run_bot("ask", "--batch", "--json", stdin=lines).stdout.splitlines()]
    assert [a["kind"] for a in together][0::2] == ["entity", "sources"] and together[1]["answered"]
    assert "Shoigu" in together[1]["text"] and "Shoigu" in together[2]["text"]
    assert [a["kind"] for a in apart] == ["entity", "empty", "empty"]


def test_batch_takes_invalid_bytes_in_a_strict_locale():
    result = subprocess.run(
        [sys.executable, "bot.py", "ask", "--batch"],
        cwd=ROOT,
        input=b"who is peskov\n\xff\xfe who is lankov\nwho is shoigu\n",
        capture_output=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        | {"PYTHONUTF8": "1", "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout.decode("ascii")
    assert "Peskov" in output and "Lankov" in output and "Shoigu" in output


def test_a_knowledge_dir_that_is_a_file_gets_one_line(tmp_path):
    not_a_folder = tmp_path / "base.yaml"
    not_a_folder.write_text("x")
    result = run_bot("check", env={"SUMMIT_KNOWLEDGE_DIR": str(not_a_folder)})
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and str(not_a_folder) in result.stderr
