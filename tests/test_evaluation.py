"""Holds the accuracy the bot reaches on the evaluation sets, so it cannot silently fall."""

from pathlib import Path

import pytest

from knowledge.evaluation import EvalItem, evaluate, grade_answer, load_eval_set
from knowledge.model import Answer, AnswerKind

EVAL_DIR = Path(__file__).resolve().parent / "eval"

# The floors sit just under what `python bot.py eval FILE` reports today; raise them as the bot improves.
FLOORS = {
    "questions.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.007},
    "dev.yaml": {"answerable": 0.97, "declines": 0.98, "false_answers": 0.021},
    "holdout.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.006},
    "fresh.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.014},
    "fresh-en.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.008},
    "fresh-en2.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.008},
    "fresh-en3.yaml": {"answerable": 0.93, "declines": 0.98, "false_answers": 0.009},
    "fresh-en4.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours.yaml": {"answerable": 0.88, "declines": 0.98, "false_answers": 0.020},
    "wild/rumours2.yaml": {"answerable": 0.93, "declines": 0.97, "false_answers": 0.020},
    "wild/rumours3.yaml": {"answerable": 0.83, "declines": 0.95, "false_answers": 0.043},
    "wild/rumours4.yaml": {"answerable": 0.87, "declines": 0.95, "false_answers": 0.051},
    "wild/chat.yaml": {"answerable": 0.94, "declines": 0.96, "false_answers": 0.043},
    "wild/chat2.yaml": {"answerable": 0.89, "declines": 0.93, "false_answers": 0.055},
    "wild/chat3.yaml": {"answerable": 0.92, "declines": 0.96, "false_answers": 0.031},
    "wild/chat4.yaml": {"answerable": 0.90, "declines": 0.95, "false_answers": 0.032},
    "wild/ru.yaml": {"answerable": 1.00, "declines": 0.97, "false_answers": 0.010},
    "wild/ru2.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.001},
    "wild/ru3.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ru4.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk2.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk3.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk4.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko2.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.010},
    "wild/ko3.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko4.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en5.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours5.yaml": {"answerable": 0.95, "declines": 0.97, "false_answers": 0.026},
    "wild/chat5.yaml": {"answerable": 0.89, "declines": 0.98, "false_answers": 0.043},
    "wild/ru5.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk5.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko5.yaml": {"answerable": 0.97, "declines": 0.98, "false_answers": 0.018},
    "fresh-en6.yaml": {"answerable": 0.96, "declines": 0.96, "false_answers": 0.013},
    "wild/rumours6.yaml": {"answerable": 0.87, "declines": 0.97, "false_answers": 0.026},
    "wild/chat6.yaml": {"answerable": 0.89, "declines": 0.91, "false_answers": 0.052},
    "wild/ru6.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk6.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko6.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en7.yaml": {"answerable": 0.92, "declines": 0.98, "false_answers": 0.051},
    "wild/rumours7.yaml": {"answerable": 0.90, "declines": 0.98, "false_answers": 0.001},
    "wild/chat7.yaml": {"answerable": 0.92, "declines": 0.98, "false_answers": 0.035},
    "wild/ru7.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk7.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko7.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en8.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours8.yaml": {"answerable": 0.92, "declines": 0.97, "false_answers": 0.026},
    "wild/chat8.yaml": {"answerable": 0.91, "declines": 0.98, "false_answers": 0.012},
    "wild/ru8.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk8.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko8.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en9.yaml": {"answerable": 0.98, "declines": 0.92, "false_answers": 0.038},
    "wild/rumours9.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/chat9.yaml": {"answerable": 0.91, "declines": 0.98, "false_answers": 0.036},
    "wild/ru9.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk9.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko9.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en10.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours10.yaml": {"answerable": 0.90, "declines": 0.98, "false_answers": 0.013},
    "wild/chat10.yaml": {"answerable": 0.91, "declines": 0.94, "false_answers": 0.068},
    "wild/ru10.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk10.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko10.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en11.yaml": {"answerable": 1.00, "declines": 0.96, "false_answers": 0.013},
    "wild/rumours11.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.026},
    "wild/chat11.yaml": {"answerable": 0.88, "declines": 0.95, "false_answers": 0.045},
    "wild/ru11.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk11.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.026},
    "wild/ko11.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en12.yaml": {"answerable": 1.00, "declines": 0.92, "false_answers": 0.026},
    "wild/rumours12.yaml": {"answerable": 0.97, "declines": 0.97, "false_answers": 0.026},
    "wild/chat12.yaml": {"answerable": 0.98, "declines": 0.90, "false_answers": 0.025},
    "wild/ru12.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk12.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko12.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en13.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours13.yaml": {"answerable": 0.92, "declines": 0.97, "false_answers": 0.038},
    "wild/chat13.yaml": {"answerable": 0.90, "declines": 0.98, "false_answers": 0.024},
    "wild/ru13.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk13.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko13.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en14.yaml": {"answerable": 0.98, "declines": 0.96, "false_answers": 0.013},
    "wild/rumours14.yaml": {"answerable": 0.90, "declines": 0.98, "false_answers": 0.001},
    "wild/chat14.yaml": {"answerable": 0.90, "declines": 0.95, "false_answers": 0.049},
    "wild/ru14.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk14.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko14.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en15.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours15.yaml": {"answerable": 0.87, "declines": 0.95, "false_answers": 0.026},
    "wild/chat15.yaml": {"answerable": 0.89, "declines": 0.98, "false_answers": 0.036},
    "wild/ru15.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk15.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko15.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en16.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours16.yaml": {"answerable": 0.95, "declines": 0.95, "false_answers": 0.026},
    "wild/chat16.yaml": {"answerable": 0.92, "declines": 0.95, "false_answers": 0.060},
    "wild/ru16.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk16.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.026},
    "wild/ko16.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en17.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours17.yaml": {"answerable": 0.95, "declines": 0.97, "false_answers": 0.013},
    "wild/chat17.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.024},
    "wild/ru17.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk17.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko17.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en18.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours18.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.013},
    "wild/chat18.yaml": {"answerable": 0.97, "declines": 0.98, "false_answers": 0.024},
    "wild/ru18.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk18.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko18.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en19.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours19.yaml": {"answerable": 0.95, "declines": 0.97, "false_answers": 0.013},
    "wild/chat19.yaml": {"answerable": 0.88, "declines": 0.98, "false_answers": 0.024},
    "wild/ru19.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk19.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko19.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en20.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours20.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.001},
    "wild/chat20.yaml": {"answerable": 0.89, "declines": 0.98, "false_answers": 0.046},
    "wild/ru20.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk20.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko20.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en21.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours21.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.001},
    "wild/chat21.yaml": {"answerable": 0.93, "declines": 0.95, "false_answers": 0.048},
    "wild/ru21.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk21.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko21.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en22.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours22.yaml": {"answerable": 0.97, "declines": 0.97, "false_answers": 0.013},
    "wild/chat22.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.013},
    "wild/ru22.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk22.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.026},
    "wild/ko22.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en23.yaml": {"answerable": 1.00, "declines": 0.96, "false_answers": 0.013},
    "wild/rumours23.yaml": {"answerable": 0.90, "declines": 0.97, "false_answers": 0.026},
    "wild/chat23.yaml": {"answerable": 0.88, "declines": 0.95, "false_answers": 0.057},
    "wild/ru23.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk23.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko23.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en24.yaml": {"answerable": 0.94, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours24.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.013},
    "wild/chat24.yaml": {"answerable": 0.90, "declines": 0.94, "false_answers": 0.049},
    "wild/ru24.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk24.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko24.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "fresh-en25.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.026},
    "wild/rumours25.yaml": {"answerable": 0.92, "declines": 0.98, "false_answers": 0.026},
    "wild/chat25.yaml": {"answerable": 0.92, "declines": 0.95, "false_answers": 0.068},
    "wild/ru25.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk25.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko25.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "fresh-en26.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours26.yaml": {"answerable": 0.97, "declines": 0.98, "false_answers": 0.001},
    "wild/chat26.yaml": {"answerable": 0.86, "declines": 0.91, "false_answers": 0.057},
    "wild/ru26.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk26.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko26.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en27.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours27.yaml": {"answerable": 0.97, "declines": 0.98, "false_answers": 0.001},
    "wild/chat27.yaml": {"answerable": 0.95, "declines": 0.98, "false_answers": 0.037},
    "wild/ru27.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk27.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko27.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en28.yaml": {"answerable": 0.94, "declines": 0.98, "false_answers": 0.026},
    "wild/rumours28.yaml": {"answerable": 0.90, "declines": 0.98, "false_answers": 0.013},
    "wild/chat28.yaml": {"answerable": 0.87, "declines": 0.95, "false_answers": 0.061},
    "wild/ru28.yaml": {"answerable": 1.00, "declines": 0.85, "false_answers": 0.051},
    "wild/uk28.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko28.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "fresh-en29.yaml": {"answerable": 0.94, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours29.yaml": {"answerable": 0.97, "declines": 0.92, "false_answers": 0.038},
    "wild/chat29.yaml": {"answerable": 0.90, "declines": 0.95, "false_answers": 0.048},
    "wild/ru29.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk29.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko29.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en30.yaml": {"answerable": 0.94, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours30.yaml": {"answerable": 0.82, "declines": 0.97, "false_answers": 0.051},
    "wild/chat30.yaml": {"answerable": 0.90, "declines": 0.90, "false_answers": 0.058},
    "wild/ru30.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk30.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko30.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en31.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours31.yaml": {"answerable": 0.80, "declines": 0.98, "false_answers": 0.026},
    "wild/chat31.yaml": {"answerable": 0.95, "declines": 0.95, "false_answers": 0.023},
    "wild/ru31.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk31.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko31.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en32.yaml": {"answerable": 0.92, "declines": 0.98, "false_answers": 0.026},
    "wild/rumours32.yaml": {"answerable": 0.87, "declines": 0.95, "false_answers": 0.051},
    "wild/chat32.yaml": {"answerable": 0.97, "declines": 0.94, "false_answers": 0.035},
    "wild/ru32.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk32.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko32.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en33.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours33.yaml": {"answerable": 1.00, "declines": 0.97, "false_answers": 0.013},
    "wild/chat33.yaml": {"answerable": 0.95, "declines": 0.94, "false_answers": 0.035},
    "wild/ru33.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk33.yaml": {"answerable": 1.00, "declines": 0.92, "false_answers": 0.026},
    "wild/ko33.yaml": {"answerable": 0.97, "declines": 0.95, "false_answers": 0.034},
    "fresh-en34.yaml": {"answerable": 0.98, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours34.yaml": {"answerable": 0.87, "declines": 0.95, "false_answers": 0.076},
    "wild/chat34.yaml": {"answerable": 0.86, "declines": 0.90, "false_answers": 0.092},
    "wild/ru34.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk34.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.026},
    "wild/ko34.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en35.yaml": {"answerable": 0.94, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours35.yaml": {"answerable": 0.95, "declines": 0.97, "false_answers": 0.026},
    "wild/chat35.yaml": {"answerable": 0.94, "declines": 0.90, "false_answers": 0.047},
    "wild/ru35.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk35.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko35.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en36.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours36.yaml": {"answerable": 0.92, "declines": 0.92, "false_answers": 0.038},
    "wild/chat36.yaml": {"answerable": 0.85, "declines": 0.94, "false_answers": 0.068},
    "wild/ru36.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk36.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko36.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en37.yaml": {"answerable": 0.94, "declines": 0.98, "false_answers": 0.026},
    "wild/rumours37.yaml": {"answerable": 0.82, "declines": 0.95, "false_answers": 0.038},
    "wild/chat37.yaml": {"answerable": 0.89, "declines": 0.95, "false_answers": 0.056},
    "wild/ru37.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk37.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko37.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en38.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.001},
    "wild/rumours38.yaml": {"answerable": 0.97, "declines": 0.97, "false_answers": 0.026},
    "wild/chat38.yaml": {"answerable": 0.89, "declines": 0.98, "false_answers": 0.046},
    "wild/ru38.yaml": {"answerable": 1.00, "declines": 0.95, "false_answers": 0.018},
    "wild/uk38.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko38.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en39.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.026},
    "wild/rumours39.yaml": {"answerable": 0.95, "declines": 0.97, "false_answers": 0.038},
    "wild/chat39.yaml": {"answerable": 0.97, "declines": 0.98, "false_answers": 0.012},
    "wild/ru39.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk39.yaml": {"answerable": 1.00, "declines": 0.92, "false_answers": 0.026},
    "wild/ko39.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "fresh-en40.yaml": {"answerable": 0.96, "declines": 0.98, "false_answers": 0.013},
    "wild/rumours40.yaml": {"answerable": 0.92, "declines": 0.95, "false_answers": 0.026},
    "wild/chat40.yaml": {"answerable": 0.91, "declines": 0.98, "false_answers": 0.044},
    "wild/ru40.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/uk40.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
    "wild/ko40.yaml": {"answerable": 1.00, "declines": 0.98, "false_answers": 0.001},
}


@pytest.mark.parametrize("file", sorted(FLOORS))
def test_accuracy_holds(base, file):
    items = load_eval_set(EVAL_DIR / file)
    report = evaluate(base, items)
    floor = FLOORS[file]
    assert report.answerable_accuracy >= floor["answerable"], report.summary()
    assert report.decline_accuracy >= floor["declines"], report.summary()
    assert len(report.false_answers) / len(items) <= floor["false_answers"], report.summary()


def test_own_set_is_large_and_varied():
    items = load_eval_set(EVAL_DIR / "questions.yaml")
    kinds = [item.kind for item in items]
    assert len(items) >= 250
    assert kinds.count("not_in_articles") >= 30 and kinds.count("off_topic") >= 30
    assert len({item.id for item in items}) == len(items)


def item(kind: str, *groups: tuple[str, ...]) -> EvalItem:
    return EvalItem("t1", "question", kind, tuple(groups))


def test_an_answer_must_contain_one_word_of_every_group():
    expected = item("answerable", ("defense minister", "defence minister"), ("July",))
    assert grade_answer(expected, Answer(True, AnswerKind.FAQ, "The Defence Minister came in july."))
    assert not grade_answer(expected, Answer(True, AnswerKind.FAQ, "The defence minister came."))
    assert not grade_answer(expected, Answer(False, AnswerKind.NO_ANSWER, "defence minister July"))


def test_a_decline_is_right_only_for_questions_without_an_answer():
    assert grade_answer(item("off_topic"), Answer(False, AnswerKind.OFF_TOPIC, "I only answer…"))
    assert grade_answer(item("not_in_articles"), Answer(False, AnswerKind.OUTCOME, "The articles predate…"))
    assert not grade_answer(item("not_in_articles"), Answer(True, AnswerKind.FAQ, "Kim is 39."))


@pytest.mark.parametrize("file", ["rumours.yaml", "chat.yaml", "ru.yaml", "uk.yaml", "ko.yaml"])
def test_the_wild_sets_load_with_their_languages_categories_verdicts_and_dialogues(file):
    items = load_eval_set(EVAL_DIR / "wild" / file)
    assert len(items) >= 60 and len({item.id for item in items}) == len(items)
    assert all(item.category in ("rumour", "chat", "multilingual") for item in items)
    if file == "rumours.yaml":
        assert {item.verdict for item in items} == {"supported", "contradicted", "not_in_articles", "after_articles"}
    if file == "chat.yaml":
        turns = [item for item in items if item.dialogue]
        assert len({item.dialogue for item in turns}) >= 30 and all("." in item.id for item in turns)
