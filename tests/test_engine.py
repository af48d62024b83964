"""The engine's rules, pinned on a tiny fixture base (tests/fixtures/) that no curation of the real base can move.

The real base's accuracy is held by tests/test_evaluation.py; these tests say what the engine does with any base.
"""

from pathlib import Path

import pytest

from knowledge import AnswerKind, Outcome, load_knowledge
from knowledge.conversation import listed
from knowledge.matching import Candidate
from knowledge.model import Verdict
from knowledge.policy import (
    DATED_MARGIN,
    DECLINE_MARGIN,
    NAMING_ALL_MARGIN,
    dated_first,
    exchange_direction,
    is_clear_winner,
    naming_all_first,
)
from knowledge.slots import conflicts, figures, particulars

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def tiny():
    return load_knowledge(FIXTURES / "base", FIXTURES / "corpus")


def test_a_question_is_answered_from_its_faq_entry_with_verbatim_quotes_and_sources(tiny):
    answer = tiny.answer("where will kim and putin meet?")
    assert (answer.kind, answer.match, answer.outcome) == (AnswerKind.FAQ, "where-will-they-meet", Outcome.ANSWERED)
    assert "Vladivostok" in answer.text and answer.confident
    assert [s.article_id for s in answer.sources] == ["tiny-article"]
    assert all(q.text in tiny.articles[q.article].text for q in answer.quotes)


def test_who_is_is_answered_from_the_entity_through_its_alias(tiny):
    answer = tiny.answer("who is peskov")
    assert (answer.kind, answer.match) == (AnswerKind.ENTITY, "dmitry-peskov")


def test_what_the_article_cannot_know_is_declined_with_what_it_does_say(tiny):
    answer = tiny.answer("what jobs did the workers do")
    assert (answer.kind, answer.answered, answer.outcome) == (AnswerKind.OUTCOME, False, Outcome.DECLINED)
    assert answer.verdict is Verdict.NOT_IN_ARTICLES, "a detail the article never gives"
    assert answer.sources, "a decline that says what the article does say still shows where"


@pytest.mark.parametrize(
    ("message", "answered"),
    [
        ("how many north korean workers were in russia after the summit?", False),
        ("how many north korean workers were in russia?", True),
    ],
)
def test_what_happened_at_or_after_the_summit_is_never_answered_from_an_earlier_fact(tiny, message, answered):
    answer = tiny.answer(message)
    assert answer.answered is answered
    if not answered:
        assert answer.kind is AnswerKind.OUTCOME and "before the summit" in answer.text


@pytest.mark.parametrize("message", ["best pizza in naples", "xyzzy plugh"])
def test_off_topic_messages_are_declined_as_off_topic(tiny, message):
    answer = tiny.answer(message)
    assert (answer.kind, answer.answered, answer.outcome) == (AnswerKind.OFF_TOPIC, False, Outcome.DECLINED)


def test_a_message_with_nothing_to_read_is_empty(tiny):
    answer = tiny.answer(" !!! ")
    assert (answer.kind, answer.outcome) == (AnswerKind.EMPTY, None)


def test_small_talk_is_recognised_and_looked_up_by_id_with_placeholders_filled(tiny):
    answer = tiny.answer("hello!")
    assert (answer.kind, answer.small_talk, answer.answered, answer.outcome) == (
        AnswerKind.SMALL_TALK,
        "greeting",
        False,
        None,
    )
    assert "the visit, arms and workers" in answer.text
    assert "Test Wire, “Kim heads to Russia”" in tiny.small_talk("help").text


@pytest.mark.parametrize(("message", "talk"), [("hi, what can you do", "help"), ("hello bye", "goodbye")])
def test_two_small_talk_phrases_in_one_message_say_the_last(tiny, message, talk):
    answer = tiny.answer(message)
    assert (answer.kind, answer.small_talk, answer.answered) == (AnswerKind.SMALL_TALK, talk, False)


def test_a_how_many_question_is_answered_only_by_a_reply_with_a_number(tiny):
    assert "20,000" in tiny.answer("how many workers were in russia").text
    assert not tiny.answer("when did peskov talk about vladivostok").answered


def test_a_question_about_one_countrys_office_is_not_answered_with_anothers(tiny):
    assert tiny.answer("who is russia's defense minister").match in (
        "sergei-shoigu",
        "when-did-shoigu-visit",
        "shoigu-visited-pyongyang-in-july",
    )
    assert not tiny.answer("who is north korea's defense minister").answered


def test_a_reply_must_mention_every_place_the_question_names(tiny):
    assert tiny.answer("when did shoigu visit pyongyang").answered
    assert not tiny.answer("when did shoigu visit vladivostok").answered


@pytest.mark.parametrize("message", ["yes", "why?", "3", "2019", "no", "more", "3 more"])
def test_bare_words_and_numbers_never_get_a_confident_answer(tiny, message):
    assert not tiny.answer(message).answered


def test_a_message_mostly_in_words_the_engine_cannot_read_is_not_answered_from_what_is_left(tiny):
    answer = tiny.answer("Какая погода была в Москве в 2019 году?")
    assert not answer.answered


def test_inline_offers_answers_but_never_declines(tiny):
    offered = [a.match for a in tiny.best_answers("workers jobs in russia")]
    assert "workers-job-details" not in offered


def test_nearest_names_the_closest_entry_however_weak(tiny):
    nearest = tiny.nearest("peskov hobbies")
    assert nearest is not None and nearest.id == "dmitry-peskov" and nearest.score < 0.5
    assert tiny.nearest("xyzzy") is None


def test_a_candidate_naming_everyone_the_message_names_goes_ahead_of_a_slightly_better_one_missing_a_name():
    def candidate(target: str, score: float, missing: int = 0) -> Candidate:
        return Candidate(target, "faq", score, "phrasing", score, 1.0, names_missing=missing)

    weeks, vladivostok = candidate("rumours-for-weeks", 0.64, missing=1), candidate("putin-in-vladivostok", 0.62)
    assert [c.target for c in naming_all_first([weeks, vladivostok])] == ["putin-in-vladivostok", "rumours-for-weeks"]
    far_behind = candidate("putin-in-vladivostok", 0.64 - 2 * NAMING_ALL_MARGIN)
    assert naming_all_first([weeks, far_behind])[0] is weeks


def test_a_fact_nearly_tied_with_a_decline_is_not_a_clear_winner(tiny):
    def candidate(target: str, score: float) -> Candidate:
        return Candidate(target, "faq", score, "phrasing", score, 1.0)

    fact, decline = "how-many-workers", "workers-job-details"
    index = tiny._index
    assert not is_clear_winner(index, [candidate(fact, 0.95), candidate(decline, 0.95 - DECLINE_MARGIN / 2)])
    assert is_clear_winner(index, [candidate(fact, 0.95), candidate(decline, 0.95 - 2 * DECLINE_MARGIN)])
    assert not is_clear_winner(index, [candidate(fact, 0.60), candidate("what-does-russia-want", 0.58)])


def test_a_fact_giving_the_earlier_year_asked_about_goes_ahead_of_a_decline_about_this_visit(tiny):
    def candidate(target: str, score: float, phrasing: tuple[str, ...] = ()) -> Candidate:
        return Candidate(target, "faq", score, "phrasing", score, 1.0, phrasing_tokens=phrasing)

    index, tokens = tiny._index, ["how-many", "worker", "2019"]
    decline, fact = candidate("workers-job-details", 0.80), candidate("how-many-workers", 0.77)
    assert [c.target for c in dated_first(index, tokens, [decline, fact])] == [
        "how-many-workers",
        "workers-job-details",
    ]
    assert dated_first(index, ["how-many", "worker"], [decline, fact])[0] is decline  # no year named
    assert dated_first(index, tokens, [decline, candidate("how-many-workers", 0.80 - 2 * DATED_MARGIN)])[0] is decline
    of_that_year = candidate("workers-job-details", 0.80, phrasing=("worker", "2019"))
    assert dated_first(index, tokens, [of_that_year, fact])[0] is of_that_year  # a decline about that year itself


def test_the_fixture_base_has_no_clashing_phrasings(tiny):
    assert tiny.clashes() == []


def test_a_who_question_is_answered_by_a_reply_that_names_someone(tiny):
    answer = tiny.answer("who visited pyongyang in july")
    assert answer.answered and "Shoigu" in answer.text


def test_several_questions_in_one_message_get_one_answer_each(tiny):
    answer = tiny.answer("where will kim and putin meet and how many workers were in russia?")
    assert answer.kind == AnswerKind.SEVERAL and answer.answered
    assert [p.answer.match for p in answer.parts] == ["where-will-they-meet", "how-many-workers"]
    assert "Vladivostok" in answer.text and "20,000" in answer.text
    assert {s.article_id for s in answer.sources} == {"tiny-article"}


def test_a_part_the_article_does_not_answer_is_declined_on_its_own(tiny):
    answer = tiny.answer("who is peskov and what is kim's favourite food?")
    assert [p.answer.answered for p in answer.parts] == [True, False]
    assert answer.answered and answer.outcome == Outcome.ANSWERED


def test_a_question_that_names_no_one_is_about_whom_the_question_before_named(tiny):
    answer = tiny.answer("when did shoigu visit pyongyang and who is he?")
    assert [p.answer.match for p in answer.parts] == ["when-did-shoigu-visit", "sergei-shoigu"]


def test_the_question_in_a_story_is_answered_not_the_story(tiny):
    story = "my uncle keeps saying kim flew to moscow on a plane with putin and that nothing will happen, "
    answer = tiny.answer(story + "anyway who is peskov?")
    assert answer.match == "dmitry-peskov"


def conversation(tiny, *messages):
    """Each message's answer, asked in order in one conversation."""
    context, answers = None, []
    for message in messages:
        answer, context = tiny.converse(message, context)
        answers.append(answer)
    return answers


def test_and_someone_else_asks_the_last_question_about_them(tiny):
    _, other = conversation(tiny, "who is shoigu", "and peskov?")
    assert other.match == "dmitry-peskov"
    _, unknown = conversation(tiny, "when did shoigu visit pyongyang", "and peskov?")
    assert not unknown.answered, "the article does not say Peskov visited Pyongyang"


def test_source_gives_the_last_answers_quotes_with_their_publisher_and_title(tiny):
    first, sources = conversation(tiny, "where will kim and putin meet", "source?")
    assert (sources.kind, sources.answered) == (AnswerKind.SOURCES, True)
    assert sources.quotes == first.quotes and "Kremlin spokesperson" in sources.text
    source = first.sources[0]
    assert sources.text.startswith(f"Test Wire, “{source.title}” ({source.url}): “"), "who published it, what, where"


def test_who_said_that_names_who_asserts_the_last_answer(tiny):
    _, who = conversation(tiny, "what does russia want from north korea", "who said that?")
    assert who.kind == AnswerKind.ATTRIBUTION and "U.S. officials" in who.text


def test_a_follow_up_of_a_follow_up_still_refers_to_the_last_question(tiny):
    _, _, who = conversation(tiny, "what does russia want from north korea", "source?", "who said that?")
    assert who.kind == AnswerKind.ATTRIBUTION


@pytest.mark.parametrize("doubt", ["are you sure?", "really?", "are you sure? someone said moscow"])
def test_a_doubt_gets_what_the_articles_say_again(tiny, doubt):
    first, again = conversation(tiny, "where will kim and putin meet", doubt)
    assert again.answered and again.match == first.match and "Vladivostok" in again.text


def test_a_doubt_with_nothing_before_it_is_never_answered(tiny):
    (answer,) = conversation(tiny, "are you sure?")
    assert not answer.answered


def test_when_was_that_gives_the_date_the_last_answer_has(tiny):
    _, when = conversation(tiny, "shoigu trip to north korea", "when was that?")
    assert when.answered and "July" in when.text


def test_more_gives_a_related_entry(tiny):
    first, more = conversation(tiny, "how many workers were in russia", "tell me more")
    assert more.answered and more.match in {s.id for s in first.related}


def test_a_number_picks_from_the_last_list_of_suggestions(tiny):
    context = tiny.converse("the summit", None)[1]
    listed = context.answer.suggestions
    assert len(listed) == 2, "a bare keyword that fits two entries is asked about"
    picked, _ = tiny.converse("2", context)
    assert picked.match == listed[1].id


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        (
            "Experts say Kim's priorities would be aid shipments, prestige and military technology; the AP says…",
            ("aid shipments", "prestige", "military technology"),
        ),
        ("North Korea can offer shells, rockets, and missiles.", ("shells", "rockets", "missiles")),
        ("Kim met Putin and Shoigu.", ()),
    ],
)
def test_the_items_an_answer_lists_are_what_a_number_can_pick(answer, items):
    assert listed(answer) == items


@pytest.mark.parametrize("message", ["and peskov?", "why?", "source?", "more", "2", "who said that?"])
def test_a_follow_up_without_context_is_never_answered(tiny, message):
    answer, context = tiny.converse(message, None)
    assert (answer.answered, answer.kind, context) == (False, AnswerKind.EMPTY, None)


def test_a_question_with_a_pronoun_is_completed_from_the_last_answer(tiny):
    _, visit = conversation(tiny, "who is shoigu", "when did he visit pyongyang?")
    assert visit.match == "when-did-shoigu-visit"
    _, month = conversation(tiny, "shoigu trip to north korea", "what month")
    assert month.answered and "July" in month.text


@pytest.mark.parametrize(
    ("message", "verdict", "says"),
    [
        ("is it true shoigu visited pyongyang in july?", Verdict.SUPPORTED, "July"),
        ("heard shoigu visited pyongyang in may", Verdict.CONTRADICTED, "July"),
        (
            "Forwarded from Rail Fans 🚂\nKim FLEW to Russia on a plane!! #DPRK t.me/railfans/1",
            Verdict.CONTRADICTED,
            "train",
        ),
        ("my uncle says kim travelled to russia on friday", Verdict.CONTRADICTED, "Sunday"),
        ("about 50,000 north korean workers were in russia before the un ban", Verdict.CONTRADICTED, "20,000"),
        ("russia is selling ammunition to north korea", Verdict.CONTRADICTED, "U.S. officials"),
        ("kim and putin signed an arms deal at the summit", Verdict.AFTER_ARTICLES, "before the summit"),
        ("Kim FLEW home after the summit instead of taking the train", Verdict.AFTER_ARTICLES, "before the summit"),
        ("kim's train has 21 bulletproof carriages", Verdict.NOT_IN_ARTICLES, ""),
        ("north korean troops are fighting for russia, share before it's deleted", Verdict.NOT_IN_ARTICLES, "troops"),
    ],
)
def test_a_claim_gets_the_verdict_the_article_gives_and_says_what_it_says(tiny, message, verdict, says):
    answer = tiny.answer(message)
    assert (answer.kind, answer.verdict) == (AnswerKind.CHECK, verdict)
    assert says in answer.text
    assert answer.answered == (verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED))


def test_a_claims_figures_are_found_in_the_articles_however_written():
    assert figures("his 2nd official visit, ~20,000 workers") == {"2", "20000"}
    assert figures("almost 20 000 workers in 2019") == {"20000", "2019"}
    assert figures("almost 20k workers") == figures("20 thousand workers") == {"20000"}
    assert figures("his 2nd visit") <= figures("only his second official visit", words_too=True)
    assert figures("no one knows") == set(), "a claim's number words state no figure the articles must have"


def test_an_allegation_stated_as_fact_is_reported_as_someones_claim_with_its_attribution(tiny):
    answer = tiny.answer("north korea is selling ammunition to russia. fact.")
    assert (answer.kind, answer.verdict) == (AnswerKind.CHECK, Verdict.SUPPORTED)
    assert answer.checks[0].alleged, "the articles carry it only as what U.S. officials say"
    assert "U.S. officials say" in answer.text and answer.quotes


def test_an_allegation_denied_in_a_post_is_contradicted_by_who_alleges_it(base):
    answer = base.answer("shoigu never asked kim for more ammunition when he visited pyongyang, fact")
    assert (answer.verdict, answer.checks[0].alleged) == (Verdict.CONTRADICTED, False)
    assert "According to U.S. officials" in answer.text


def test_a_post_mixing_claims_checks_each_main_one_first(tiny):
    answer = tiny.answer("Forwarded from NK Daily\nShoigu visited Pyongyang in July. Kim has a pet tiger named Boris.")
    assert [c.verdict for c in answer.checks] == [Verdict.SUPPORTED, Verdict.NOT_IN_ARTICLES]
    assert answer.to_json()["verdict"] == "supported" and len(answer.to_json()["checks"]) == 2


def test_a_question_is_not_checked_as_a_claim(tiny):
    assert tiny.answer("when did shoigu visit pyongyang?").kind == AnswerKind.FAQ


def test_two_entries_saying_the_same_facts_are_no_reason_to_ask_which(tiny):
    def candidate(target: str, score: float) -> Candidate:
        return Candidate(target, "faq", score, "phrasing", score, 1.0)

    index = tiny._index
    same_facts = [candidate("what-does-russia-want", 0.60), candidate("us-says-russia-seeks-ammunition", 0.59)]
    other_facts = [candidate("what-does-russia-want", 0.60), candidate("how-many-workers", 0.59)]
    assert is_clear_winner(index, same_facts)
    assert not is_clear_winner(index, other_facts)


def test_within_several_questions_an_unsure_part_gets_its_best_fit_not_a_question_back(tiny):
    assert tiny.answer_question("what is the summit?").kind == AnswerKind.UNSURE
    answer = tiny.answer("who is peskov and what is the summit?")
    assert answer.kind == AnswerKind.SEVERAL and len(answer.parts) == 2
    assert all(p.answer.kind is not AnswerKind.UNSURE and p.answer.answered for p in answer.parts)


def test_a_question_that_is_a_rumour_the_article_never_mentions_gets_its_reply_not_a_nearby_fact(tiny):
    rumour = tiny.answer("does russia want rockets from north korea?")
    assert (rumour.kind, rumour.answered, rumour.match) == (AnswerKind.OUTCOME, False, "russia-wants-nk-rockets")
    assert rumour.text.startswith("The article mentions no rockets")
    asked = tiny.answer("what does russia want from north korea?")
    assert (asked.answered, asked.match) == (True, "what-does-russia-want")


def test_a_claim_saying_more_than_the_article_is_never_called_supported(tiny):
    assert tiny.answer("is it true shoigu visited pyongyang in july?").verdict == Verdict.SUPPORTED
    embellished = tiny.answer("is it true shoigu secretly visited pyongyang in july?")
    assert embellished.verdict is None and "July" in embellished.text


@pytest.mark.parametrize(
    ("claim", "articles", "found"),
    [
        ("putin will see kim before the forum", "Putin is expected to meet Kim after the forum.", ["opposites"]),
        ("the summit is on the first day of the forum", "It may be on the forum's final day.", ["opposites"]),
        ("kim had warm relations with russia", "Kim had relatively cool relations with Russia.", ["opposites"]),
        ("kim's been besties with moscow since 2011", "Kim had relatively cool relations with Russia.", ["opposites"]),
        (
            "shoigu went to pyongyang to ask kim to stop sending ammo",
            "Shoigu asked Kim to send more ammunition to Russia.",
            ["opposites"],
        ),
        ("their first face-to-face was in moscow", "They first met face to face in Vladivostok.", ["venues"]),
        ("there were 20k russian workers in north korea", "nearly 20,000 North Korean workers", ["workers"]),
        ("30 bodyguards ran next to kim's car", "12 of Kim's bodyguards ran alongside it.", ["counts"]),
        ("guarantees would be enough", "Putin said guarantees would not be enough.", ["negated"]),
        ("kim toured a factory after the summit", "The articles were written before the summit.", []),
        ("kim met putin before the forum", "Kim met Putin before the forum and after the forum.", []),
        ("nk has only a few thousand shells left", "It may have tens of millions of shells.", ["magnitudes"]),
        ("nk has millions of shells", "It may have tens of millions of shells.", []),
        ("tens of thousands of workers", "Russia hosted nearly 20,000 workers.", []),
        ("only a few hundred workers were there", "Russia hosted nearly 20,000 workers.", ["magnitudes"]),
        ("nk paused its missile tests this year", "NK is extending a record pace of missile tests.", ["opposites"]),
        ("borders sealed for like a year", "Border controls for more than three years.", ["counts"]),
        ("the war had gone on for like 3 years", "after 18 months of war", ["counts"]),
        ("a year and a half of war", "after 18 months of war", []),
        ("kim showed his wife in public", "Kim publicly showed Kim Yo Jong, his sister", ["kin"]),
        ("nobody in moscow has actually confirmed kim is there", "Peskov confirmed Kim's entry", ["stance"]),
        ("russia's own shell stockpiles are totally full", "Russia's stockpiles have dwindled sharply", ["opposites"]),
        ("best buddies for decades, never any drama", "a complicated, hot-and-cold relationship", ["opposites"]),
        ("nk stayed neutral on ukraine", "North Korea has openly supported Russia", ["opposites"]),
        ("seoul cut off all contact with moscow", "Seoul was maintaining communication with Moscow", ["opposites"]),
        ("arms talks will be put on hold", "arms negotiations are actively advancing", ["opposites"]),
        ("the kremlin has not confirmed it", "Peskov confirmed Kim's entry", ["stance"]),
        ("the first kim putin summit was on april 25", "Kim and Putin first met two months after", []),
        ("trump and kim met three times", "the first time Kim showed his sister", []),
        ("arms shipped for 2 and a half years", "shipments over the past 17 months", ["counts"]),
        ("they met half a year after the talks collapsed", "two months later, Kim met Putin", ["counts"]),
        ("they first met a whole year after the trump talks", "two months later, Kim met Putin", ["counts"]),
        ("a year later he met putin in the far east", "two months later, Kim met Putin", ["counts"]),
        ("kim has to come once a year", "the forum is held every year", []),
        ("those two already met once, in vladivostok", "Kim and Putin first met in Vladivostok", []),
        ("their first meeting was in moscow at the kremlin", "They first met in Vladivostok", ["venues"]),
        ("moscow wants shells for the war", "Russia wants shells, and Putin will meet Kim in Vladivostok", []),
        ("lankov studied in pyongyang", "Lankov teaches at Kookmin University in Seoul", []),
        ("the summit will be held in vladivostok", "They first met in Vladivostok and will meet there again", []),
    ],
)
def test_a_claim_saying_the_opposite_of_the_articles_is_contradicted(claim, articles, found):
    assert conflicts(particulars(claim), particulars(articles)) == found


def test_a_count_with_what_it_counts_is_a_subject(tiny):
    index = tiny._index
    assert index.has_subject(index.normalizer.tokens("20000 workers?"))
    assert not index.has_subject(index.normalizer.tokens("2019")) and not index.has_subject(["3", "more"])


def test_a_number_with_thousands_separators_is_one_number(tiny):
    assert "20000" in tiny._index.normalizer.tokens("20,000 workers") == tiny._index.normalizer.tokens("20 000 workers")


@pytest.mark.parametrize(
    ("tokens", "direction"),
    [
        (["north-korea", "want", "russia"], ("north-korea", "russia")),
        (["russia", "offer", "north-korea"], ("north-korea", "russia")),
        (["vladimir-putin", "expect", "want", "north-korea"], ("russia", "north-korea")),
        (["kim-jong-un", "want", "north-korea"], None),
        (["russia", "north-korea"], None),
    ],
)
def test_who_gets_and_who_gives_in_an_exchange_is_read_from_the_sides_around_its_verb(tokens, direction):
    assert exchange_direction(tokens) == direction


def test_a_when_joining_two_clauses_asks_nothing_but_one_opening_a_question_does(tiny):
    tokens = tiny._index.normalizer.tokens
    assert "when" not in tokens("what did shoigu want when he went to pyongyang")
    assert "when" in tokens("so when did he go") and "when" in tokens("that's when it started")
    assert "when" not in tokens("when shoigu went to pyongyang what did he ask for")
    assert "when" in tokens("when and where did they meet") and "when" in tokens("when did he go and what did he see")
    assert "when" not in tokens("what will be discussed when kim meets putin")


def test_an_again_asking_to_be_reminded_asks_nothing_but_one_about_meeting_again_does(tiny):
    tokens = tiny._index.normalizer.tokens
    assert tokens("what's shoigu's job again") == tokens("what's shoigu's job")
    assert tokens("how old is shoigu again") == tokens("how old is shoigu")
    assert tokens("will kim meet shoigu again") != tokens("will kim meet shoigu")


def test_a_span_in_decimal_years_is_counted_in_months():
    assert particulars("russia ran low on ammo after 1.5 yrs of war").counts == frozenset(
        {("18", frozenset({"war", "month"}))}
    )


@pytest.mark.parametrize(
    ("claim", "evidence", "denied"),
    [
        ("the kremlin hasn't confirmed it", "Peskov confirmed that Kim had entered Russia.", True),
        ("the us hasn't said anything", "Watson said the talks are advancing.", True),
        ("nk hasn't condemned the invasion", "North Korea has refrained from condemning Russia's actions.", False),
        ("they dont even need interpreters", "Interpreters were needed at the talks.", False),
    ],
)
def test_a_claim_denies_a_deed_in_the_past_that_the_evidence_tells_was_done(claim, evidence, denied):
    from knowledge.checking import _denies_what_was_done

    assert _denies_what_was_done(claim, evidence) is denied
