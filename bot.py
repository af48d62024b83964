"""The summit bot's one entry point.

python bot.py                 joins Telegram when TELEGRAM_BOT_TOKEN is set, else opens the console chat
python bot.py console         chat in the terminal, no token needed
python bot.py ask "question"  one reply (--json for the structured answer; --batch reads stdin lines)
python bot.py check           validates the knowledge base and reports how much of the corpus it covers
python bot.py eval FILE       grades an evaluation set such as tests/eval/questions.yaml
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import sys
from pathlib import Path

from knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from knowledge.cache import load_cached
from knowledge.patterns import compile_all
from rendering.console import plain_text
from settings import ROOT, Settings, SettingsError, load_env_file

# What only some commands need (Telegram, the question log, the reports, the checks) is imported inside
# them, so that `bot.py ask` starts in a fifth of a second.


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        load_env_file(ROOT / ".env")
        settings = Settings.from_environment()
    except SettingsError as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return 2
    command = arguments.command or ("run" if settings.telegram_token else "console")
    try:
        if command == "check":
            base = load_knowledge(settings.knowledge_dir, settings.corpus_dir)
        else:
            base = load_cached(settings.knowledge_dir, settings.corpus_dir, settings.cache_dir)
    except KnowledgeError as error:
        print(describe_problems(error), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"The knowledge base cannot be read: {error}", file=sys.stderr)
        return 1
    gc.freeze()  # the base lives as long as the process: spare the garbage collector walking it again and again
    if command == "ask":
        return ask(base, arguments)
    if command == "console":
        return console(base)
    if command == "check":
        return check(base, settings)
    if command == "eval":
        return evaluate_file(base, arguments.file, arguments.show)
    if command in ("unanswered", "feedback"):
        return report(base, settings, arguments)
    return run_telegram(base, settings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot.py", description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="join Telegram (needs TELEGRAM_BOT_TOKEN)")
    commands.add_parser("console", help="chat in the terminal")
    ask_parser = commands.add_parser("ask", help="answer one question, or one per line of stdin with --batch")
    ask_parser.add_argument("question", nargs="*", help="the question (omit with --batch)")
    ask_parser.add_argument("--json", action="store_true", help="print the structured answer as JSON")
    ask_parser.add_argument("--batch", action="store_true", help="read one question per line on stdin")
    ask_parser.add_argument(
        "--session", action="store_true", help="with --batch: the lines are one conversation, so follow-ups work"
    )
    commands.add_parser("check", help="validate the knowledge base and report corpus coverage")
    eval_parser = commands.add_parser("eval", help="grade an evaluation set")
    eval_parser.add_argument("file", type=Path)
    eval_parser.add_argument("--show", type=int, default=40, help="how many failed items to list (default 40)")
    for name, about in [
        ("unanswered", "the most frequent unanswered questions, grouped, with the nearest entry"),
        ("feedback", "the answers with the most 👎"),
    ]:
        report_parser = commands.add_parser(name, help=about)
        report_parser.add_argument("--since", type=_since, help="a date (2023-09-13) or an age (12h, 7d)")
        report_parser.add_argument("--limit", type=int, default=20)
        report_parser.add_argument("--format", choices=["text", "csv", "json"], default="text")
        if name == "unanswered":
            report_parser.add_argument("--lang", choices=["en", "ru", "uk", "ko"], help="one language's questions only")
    return parser


def _since(value: str):
    from curation.reports import parse_since

    try:
        return parse_since(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def ask(base: KnowledgeBase, arguments: argparse.Namespace) -> int:
    take_any_bytes()
    context = None

    def reply(question: str) -> str:
        nonlocal context
        answer, remembered = base.converse(question, context)
        if arguments.session:
            context = remembered
        return json.dumps(answer.to_json(), ensure_ascii=False) if arguments.json else plain_text(answer)

    if arguments.batch:
        for line in sys.stdin:
            print(reply(line.rstrip("\n")), flush=True)
        return 0
    if not arguments.question:
        print('Give a question, e.g. python bot.py ask "who is Peskov?"', file=sys.stderr)
        return 2
    print(reply(" ".join(arguments.question)))
    return 0


def take_any_bytes() -> None:
    """In any locale, a byte stdin cannot decode becomes U+FFFD and a character stdout cannot encode
    becomes "?", instead of ending the command at the first such line."""
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def console(base: KnowledgeBase) -> int:
    take_any_bytes()
    print("Ask me about the Kim Jong Un – Vladimir Putin summit of September 2023. An empty line or Ctrl-D ends.")
    context = None
    while True:
        try:
            question = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question.strip():
            return 0
        answer, context = base.converse(question, context)
        print(plain_text(answer), end="\n\n")


def check(base: KnowledgeBase, settings: Settings) -> int:
    """Everything a curator should mend: coverage of the articles, evidence that does not back its statement,
    phrasings two entries share, and what the other languages have not translated yet."""
    from knowledge.coverage import coverage
    from knowledge.evidence import evidence_problems
    from knowledge.translations import translation_problems
    from rendering.texts import untranslated as texts_untranslated

    report = coverage(base.articles, base.claims)
    print(
        f"Knowledge base is valid: {len(base.articles)} articles, {len(base.claims)} claims, "
        f"{len(base.faq)} FAQ entries, {len(base.entities)} entities, "
        f"{len(base.loaded.rumours)} rumours; languages: {', '.join(base.languages)}."
    )
    print(f"Coverage: {report.backed} of {report.sentences} factual sentences are backed by a claim.")
    for sentence in report.unbacked:
        print(f"  not backed ({sentence.article}): {sentence.text}")
    evidence = evidence_problems(base.loaded, settings.knowledge_dir)
    if evidence:
        print(f"Evidence: {len(evidence)} statements are not backed exactly by their quotes:")
    for problem in evidence:
        print(f"  - {problem}")
    untranslated = translation_problems(base.loaded, base.loaded.translations, settings.knowledge_dir)
    untranslated += [
        f"rendering/texts.yaml: text '{key}' has no {language} translation yet"
        for key, language in texts_untranslated()
    ]
    if untranslated:
        print(f"Translations: {len(untranslated)} entries to translate or mend:")
    for problem in untranslated:
        print(f"  - {problem}")
    for language in base.languages:
        clashes = base.in_language(language).clashes()
        if clashes:
            print(
                f"Warning: {len(clashes)} {language.name} phrasings read the same to the bot but belong to "
                "different entries (reword one of each):"
            )
        for clash in clashes:
            print("  " + " | ".join(f"{entry_id}: {phrasing!r}" for entry_id, phrasing in clash.phrasings))
        synonyms = base.in_language(language).synonym_problems()
        if synonyms:
            print(f"Warning: {len(synonyms)} {language.name} synonyms do not work as written:")
        for problem in synonyms:
            print(f"  - {problem}")
    return 1 if report.unbacked or evidence or untranslated else 0


def describe_problems(error: KnowledgeError) -> str:
    """Every problem of an invalid base, one per line, for a curator to work through."""
    count = len(error.problems)
    lines = [f"The knowledge base is invalid: {count} problem{'s' if count > 1 else ''} to fix."]
    lines += [f"  - {problem}" for problem in error.problems]
    return "\n".join(lines)


def run_telegram(base: KnowledgeBase, settings: Settings) -> int:
    if not settings.telegram_token:
        print(
            "Configuration error: TELEGRAM_BOT_TOKEN is not set (get one from @BotFather); "
            "`python bot.py console` needs none.",
            file=sys.stderr,
        )
        return 2
    import logging

    from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError

    from handlers.application import build_application, run
    from handlers.guards import HIDDEN, keep_secret_out_of_logs

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=settings.log_level)
    compile_all()  # a bot that runs for days compiles the engine's patterns now, not on its first users' messages
    keep_secret_out_of_logs(settings.telegram_token)
    address = settings.telegram_base_url or "https://api.telegram.org"
    try:
        run(build_application(settings, base), settings)
    except InvalidToken:
        cause = "Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?); get a new one from @BotFather"
    except BadRequest as error:
        cause = f"Telegram refused a start-up request: {error}"
    except NetworkError as error:
        cause = f"the Bot API at {address} cannot be reached ({error})"
    except TelegramError as error:
        cause = f"Telegram refused to start the bot: {error}"
    except OSError as error:
        cause = f"the bot cannot start: {error}"
    else:
        return 0
    print(f"Stopped: {cause}".replace(settings.telegram_token, HIDDEN), file=sys.stderr)
    return 1


def report(base: KnowledgeBase, settings: Settings, arguments: argparse.Namespace) -> int:
    import csv
    import dataclasses
    import sqlite3

    from curation.question_log import read_only
    from curation.reports import most_disliked, unanswered

    if not settings.database_path.exists():
        print(f"There is no question log at {settings.database_path} yet.", file=sys.stderr)
        return 1
    try:
        with read_only(settings.database_path) as db:
            if arguments.command == "unanswered":
                rows = unanswered(db, base, arguments.since, arguments.limit, arguments.lang)
            else:
                rows = most_disliked(db, base, arguments.since, arguments.limit)
    except sqlite3.Error as error:
        print(f"The question log {settings.database_path} cannot be read: {error}", file=sys.stderr)
        return 1
    records = [dataclasses.asdict(row) for row in rows]
    if arguments.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif arguments.format == "csv":
        columns = ["count", "question", "variants", "language", "claim_check"]
        columns += ["nearest_id", "nearest_question", "nearest_score"]
        if arguments.command == "feedback":
            columns = ["unhelpful", "helpful", "match", "question"]
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, "variants": " | ".join(r.get("variants", ()))} for r in records)
    elif arguments.command == "unanswered":
        for heading, claim_checks in [("Questions", False), ("Claims checked that no claim settles", True)]:
            group = [row for row in rows if row.claim_check == claim_checks]
            if group:
                print(f"{heading}:")
            for row in group:
                print(f"{row.count:4}  [{row.language}] {row.question}")
                for variant in row.variants[:3]:
                    print(f"        also: {variant}")
                if row.nearest_id:
                    print(f"        nearest: {row.nearest_id} ({row.nearest_score:.2f}) {row.nearest_question}")
    else:
        for row in rows:
            print(f"{row.unhelpful:4}👎 {row.helpful:4}👍  {row.match}  {row.question or ''}")
    return 0


def evaluate_file(base: KnowledgeBase, path: Path, show: int) -> int:
    from knowledge.evaluation import evaluate, load_eval_set

    try:
        items = load_eval_set(path)
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return 1
    report = evaluate(base, items)
    print(report.summary())
    failures = report.failures
    if failures:
        print(f"\nfailed items ({min(show, len(failures))} of {len(failures)}):")
    for graded in failures[:show]:
        answer = graded.answer
        verdict = "ANSWERED" if answer.answered else f"declined ({answer.kind})"
        print(f"  {graded.item.id} [{graded.item.kind}] {graded.item.question!r}")
        print(f"      {verdict}, match={answer.match}, score={answer.score:.2f}: {answer.text[:140]!r}")
    return 0


def run_from_shell() -> int:
    """Runs a command; when the reader of its output goes away (`bot.py eval ... | head`), stops quietly."""
    try:
        return main()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(run_from_shell())
