"""What the engine replies: answers with sources, honest declines, small talk, and safety on odd input."""

import pytest

from knowledge.ambiguity import clashing_phrasings
from knowledge.answer_types import asked_type, asks_what_happened_at_the_summit, types_answered
from knowledge.matching import Candidate
from knowledge.model import Answer, AnswerKind, FaqEntry, Verdict
from knowledge.policy import DECLINE_MARGIN, DECLINE_PRECISION_GAP, RIVAL_PRECISION_GAP, is_clear_winner
from rendering.console import plain_text
from rendering.telegram import reply_html


def test_who_is_answers_from_the_entity_with_its_source(base):
    answer = base.answer("Who is Dmitry Peskov?")
    assert answer.answered and answer.kind == "entity" and answer.match == "dmitry-peskov"
    assert "spokes" in answer.text.lower()
    assert answer.sources and answer.quotes
    for quote in answer.quotes:
        assert quote.text in base.articles[quote.article].text


@pytest.mark.parametrize(
    ("message", "entity"),
    [
        ("who is peskov", "dmitry-peskov"),
        ("shoigus job?", "sergei-shoigu"),
        ("who's jo chun-ryong?", "jo-chun-ryong"),
        ("pak thae song??", "pak-thae-song"),
        ("tell me about Kim Yo-jong", "kim-yo-jong"),
        ("what is the asan institute", "asan-institute"),
        ("Vladivostock?", "vladivostok"),
    ],
)
def test_names_are_found_through_aliases_typos_and_chatter(base, message, entity):
    answer = base.answer(message)
    assert answer.answered and answer.match == entity


@pytest.mark.parametrize(
    "message",
    ["how do i center a div in css", "good sourdough bread recipe?", "xyzzy plugh", "who won the world cup in 2018"],
)
def test_off_topic_chatter_is_declined(base, message):
    answer = base.answer(message)
    assert not answer.answered
    assert answer.kind in ("off-topic", "no-answer")


@pytest.mark.parametrize(
    "message",
    [
        "What is Putin's net worth?",
        "which hotel did kim stay at in russia",
        "who is russia's ambassador to north korea?",
    ],
)
def test_in_domain_questions_the_articles_cannot_answer_are_declined(base, message):
    answer = base.answer(message)
    assert not answer.answered
    assert answer.kind in ("no-answer", "off-topic", "unsure", "outcome")


def test_off_topic_reply_says_what_the_bot_is_for(base):
    answer = base.answer("how do i center a div in css")
    assert answer.kind == "off-topic" and "only answer questions about" in answer.text and answer.suggestions


def test_the_summit_outcome_is_never_claimed(base):
    answer = base.answer("what did kim and putin sign at the summit?")
    assert not answer.answered
    assert "before" in answer.text.lower()


@pytest.mark.parametrize(("message", "kind"), [("hi", "greeting"), ("thanks!", "thanks"), ("what can you do?", "help")])
def test_small_talk_gets_a_friendly_reply_that_is_not_an_answer(base, message, kind):
    answer = base.answer(message)
    assert (answer.answered, answer.kind, answer.small_talk) == (False, AnswerKind.SMALL_TALK, kind)
    assert answer.suggestions


@pytest.mark.parametrize("message", ["why there?", "who there?"])
def test_a_short_question_that_sounds_like_a_greeting_is_not_small_talk(base, message):
    assert base.answer(message).kind != AnswerKind.SMALL_TALK


def test_help_lists_the_topics(base):
    text = base.answer("help").text
    assert all(topic.title.lower() in text for topic in base.topics.values())


@pytest.mark.parametrize("message", ["", "   ", "🚀🚀🚀", "?!?", "\u200b\u200b"])
def test_empty_messages_get_a_prompt(base, message):
    answer = base.answer(message)
    assert (answer.answered, answer.kind) == (False, AnswerKind.EMPTY) and "Send me a question" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "x" * 100_000,
        "who is peskov " * 10_000,
        "<b>who</b> is <script>alert(1)</script> peskov",
        "\u202ewho is peskov\u202c",
        "ПУТИН КИМ",
        "金正恩和普京",
        "\x00\x01\x02 who \x7f is peskov",
        "**who** is _peskov_ [link](http://example.com)",
    ],
)
def test_odd_input_never_crashes(base, message):
    answer = base.answer(message)
    assert isinstance(answer.text, str) and answer.text


def test_markup_in_the_question_does_not_stop_the_match(base):
    assert base.answer("<b>who</b> is <i>peskov</i>?").match == "dmitry-peskov"


def test_answer_for_an_id_is_the_same_reply_as_a_button_press(base):
    answer = base.answer_for("dmitry-peskov")
    assert answer.answered and answer.match == "dmitry-peskov" and answer.score == 1.0
    assert base.answer_for("no-such-entry") is None


def test_article_without_an_address_links_a_search_for_its_exact_title(base):
    article = base.articles["kim-arrives-in-russia"]
    assert article.url is None
    assert article.link.startswith("https://duckduckgo.com/?q=")
    assert "Kim+Jong+Un+arrives+in+Russia" in article.link


def test_known_addresses_are_linked_as_they_are(base):
    article = base.articles["aljazeera-what-we-know"]
    assert base.source_link(article).url == article.url


def test_unsure_replies_offer_at_most_three_suggestions(base):
    for question in ["delegation", "sanctions", "kim train", "shells"]:
        answer = base.answer(question)
        assert len(answer.suggestions) <= 3
        if answer.kind == "unsure":
            assert not answer.answered and answer.suggestions


def test_every_faq_answer_rests_on_verbatim_quotes(base):
    for entry in base.faq.values():
        answer = base.answer_for(entry.id)
        assert answer.quotes and answer.sources, entry.id
        assert len(answer.text) <= 350, entry.id


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how many missiles has north korea fired this year", None),
        ("how many north korean workers did russia host before the ban", "20,000"),
        ("when will russia and the dprk hold their first joint drills", None),
        ("when did kim's train cross into russia", "Tuesday"),
    ],
)
def test_questions_for_a_number_or_a_date_need_one_in_the_reply(base, message, expected):
    answer = base.answer(message)
    if expected is None:
        assert not answer.answered
    else:
        assert answer.answered and expected in answer.text


def test_an_asking_word_only_asks_at_either_end_of_the_question():
    assert asked_type(["how-many", "missiles"]) == "how-many"
    assert asked_type(["kim-jong-un", "born", "when"]) == "when"
    assert asked_type(["kim-jong-un", "relax", "when", "travel"]) is None
    assert asked_type(["vladimir-putin", "만나다", "how-long", "하"], anywhere=True) == "how-long", "Korean"
    assert "how-long" not in types_answered("He succeeded his father as leader in 2011.")
    assert types_answered("About 20,000 workers") >= {"how-many", "when"}
    assert "clock-time" not in types_answered("He left on Sunday.")
    assert "how-many" in types_answered("How much has been delivered is unclear.")
    assert "how-many" not in types_answered("He succeeded his father as leader in 2011.")


def test_a_fact_nearly_tied_with_what_the_articles_cannot_know_is_asked_about_not_answered(base):
    def candidate(target: str, score: float) -> Candidate:
        return Candidate(target, "faq", score, "phrasing", score, 1.0)

    fact, outcome = "putins-gift-sword-and-tea-set", "outcome-gifts-at-this-summit"
    assert base.faq[outcome].declines and not base.faq[fact].declines
    index = base._index
    assert not is_clear_winner(index, [candidate(fact, 0.95), candidate(outcome, 0.95 - DECLINE_MARGIN / 2)])
    assert is_clear_winner(index, [candidate(fact, 0.95), candidate(outcome, 0.95 - 2 * DECLINE_MARGIN)])
    assert is_clear_winner(index, [candidate(outcome, 0.95), candidate(fact, 0.95)])


def test_a_nearly_tied_decline_the_message_is_a_much_smaller_part_of_does_not_hold_the_fact_back(base):
    def candidate(target: str, score: float, precision: float) -> Candidate:
        return Candidate(target, "faq", score, "phrasing", score, precision)

    fact, outcome = "putins-gift-sword-and-tea-set", "outcome-gifts-at-this-summit"
    index = base._index
    tied = 0.95 - DECLINE_MARGIN / 2
    assert not is_clear_winner(
        index, [candidate(fact, 0.95, 0.9), candidate(outcome, tied, 0.9 - DECLINE_PRECISION_GAP)]
    )
    assert is_clear_winner(index, [candidate(fact, 0.95, 0.9), candidate(outcome, tied, 0.8 - DECLINE_PRECISION_GAP)])
    assert base.answer("kim and putin lunch?").match == "lunch-planned-in-kims-honour"
    # below ANSWER_AT, such a decline is no rival the fact must lead by CLEAR_LEAD either
    below = [candidate(fact, 0.62, 0.9), candidate(outcome, 0.6, 0.85 - RIVAL_PRECISION_GAP)]
    assert is_clear_winner(index, below)
    assert not is_clear_winner(index, [below[0], candidate(outcome, 0.6, 0.9)])


def test_phrasings_that_read_the_same_in_two_entries_are_reported(base):
    entry = base.faq["kims-train-entered-russia-tuesday"]
    twin = FaqEntry("twin-entry", entry.topic, ("wen did kims train enter RUSSIA??",), entry.answer, entry.claims)
    other = FaqEntry("other-entry", entry.topic, ("When did Kim's train leave Russia?",), entry.answer, entry.claims)
    clashes = clashing_phrasings([entry, twin, other], base._index.normalizer)
    assert len(clashes) == 1
    assert {entry_id for entry_id, _ in clashes[0].phrasings} == {entry.id, "twin-entry"}


def test_no_two_entries_of_the_curated_base_share_a_phrasing(base):
    assert base.clashes() == []


def test_a_typo_that_is_itself_a_rarer_english_word_is_corrected(base):
    assert base.answer("who conformed the visit?").match == "peskov-confirmed-kims-visit"
    words = base._index.normalizer.words("shopping warning")
    assert words == ["shopping", "warning"], "two common words are never taken for each other"


@pytest.mark.parametrize("message", ["yes", "why?", "more", "3", "18", "link pls", "who said that?"])
def test_a_message_without_a_subject_never_gets_an_answer(base, message):
    answer = base.answer(message)
    assert not answer.answered and answer.kind == AnswerKind.EMPTY


def test_a_question_in_a_script_the_engine_cannot_read_is_declined_not_answered_from_its_digits(base):
    answer = base.answer("普京和金正恩在2019年哪里见面?")
    assert (answer.answered, answer.kind, answer.language) == (False, AnswerKind.OTHER_LANGUAGE, "en")
    assert answer.text == "I understand English, Russian, Ukrainian and Korean."
    weather = base.answer("Какая погода была в Москве в 2019 году?")
    assert (weather.answered, weather.language) == (False, "ru")


def test_a_phrasing_that_shares_only_asking_words_with_a_message_does_not_answer_it(base):
    assert not base.answer("how do you say thank you in korean").answered
    assert base.answer("who took the 2019 vladivostok photo in the al jazeera article").match == "yuri-kadobnov"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("a moscow correspondent says russia could pay north korea hard currency for the ammunition", "supported"),
        ("russia will pay north korea 2 billion dollars for shells", "not_in_articles"),
    ],
)
def test_a_fact_just_behind_a_decline_settles_a_claim_only_when_it_states_no_particular(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


def test_and_a_short_new_subject_asks_the_last_question_about_it(base):
    _, context = base.converse("what did south korea's military confirm?", None)
    answer, _ = base.converse("and russian state media?", context)
    assert answer.match == "who-confirmed-kim-entered-russia"
    opened_with_and, _ = base.converse("and what does dprk want from ru", None)
    assert opened_with_and.answered, "a whole question opening with 'and' is no follow-up"


def test_a_follow_up_still_unclear_is_asked_of_the_one_earlier_year_the_last_question_asked_about(base):
    """ "ok fine," opens nothing; "what car was he in?" after the 2018 bodyguards is his car in 2018."""
    first, context = base.converse("ok fine, tell me about kim's bodyguards thing from 2018", None)
    assert first.match == "bodyguards-ran-beside-kims-limo-2018"
    car, _ = base.converse("what car was he in?", context)
    assert car.answered and car.match == "kims-mercedes-benz-limousine"


def test_afterwards_after_a_question_about_this_meeting_is_after_the_summit_which_the_articles_cannot_tell(base):
    _, context = base.converse("what's washington threatening over this meeting", None)
    _, context = base.converse("who said that?", context)
    afterwards, _ = base.converse("did they actually slap new sanctions on them afterwards?", context)
    assert not afterwards.answered


def test_what_about_someone_before_a_question_only_turns_to_them_and_is_no_part_to_answer(base):
    _, context = base.converse("who's going with kim on this trip", None)
    turned, _ = base.converse("what about putin? who's on his side of the table", context)
    assert not turned.answered and "Vladimir Putin is" not in turned.text


def test_how_come_there_asks_why_of_the_place_the_last_answer_gave(base):
    _, context = base.converse("where are they meeting", None)
    how_come, _ = base.converse("how come there", context)
    assert how_come.answered and "Eastern Economic Forum" in how_come.text


@pytest.mark.parametrize(
    "question",
    ["lankov's 'blackmail' line — blackmailing WHO and over what??", "kim taewoo - which institute did he run"],
)
def test_a_question_every_near_entry_answers_with_the_same_quote_is_answered_without_did_you_mean(base, question):
    answer = base.answer(question)
    assert answer.answered and answer.kind is not AnswerKind.UNSURE


def test_a_why_after_an_answer_that_says_why_is_answered_by_it_again(base):
    """ "sorry, meant to ask:" opens nothing; Lankov's answer says why: Russia did not want Seoul to arm Kyiv."""
    first, context = base.converse(
        "sorry, meant to ask: lankov says russia is using this summit to blackmail somebody. who?", None
    )
    assert first.answered and "South Korea" in first.text
    why, _ = base.converse("why?", context)
    assert why.answered and "Kyiv" in why.text


def test_a_why_after_an_answer_whose_quote_gives_the_reason_is_answered_by_it_again(base):
    """The AP quote says the lifting is unlikely "as Moscow may want to maintain certain technological advantages"."""
    first, context = base.converse(
        "oops wrong chat lol. ok real q: is russia gonna drop its sanctions on nk after this?", None
    )
    assert first.answered and "satellites" in first.text
    why, _ = base.converse("why?", context)
    assert why.answered and why.match == first.match


def test_and_a_country_after_one_person_was_quoted_asks_what_that_person_says_of_it(base):
    _, context = base.converse("could russia just pay nk in cash instead of sending stuff?", None)
    _, context = base.converse("who said that?", context)
    china, _ = base.converse("and china?", context)
    assert china.answered and "Shapovalova" in china.text and "China" in china.text


@pytest.mark.parametrize("and_putin", ["and putin?", "what about putin?"])
def test_and_someone_else_asks_what_the_last_question_asked_when_its_other_words_were_the_first_ones(base, and_putin):
    """Kim's train, not Putin's: "when" is asked of Putin alone, and his own arrival answers it."""
    _, context = base.converse("when did kim's train get into russia", None)
    answer, _ = base.converse(and_putin, context)
    assert answer.answered and answer.match == "putin-arrived-in-vladivostok-monday"


@pytest.mark.parametrize(
    ("shown", "after"),
    [
        ("what did kim show shoigu in july", "and after shoigu left?"),
        ("what did kim show shoigu when he was in pyongyang?", "and after he left?"),
    ],
)
def test_and_a_question_of_its_own_is_answered_alone_when_joined_to_the_last_it_is_unclear(base, shown, after):
    _, context = base.converse(shown, None)
    _, context = base.converse("what was in the parade?", context)
    answer, _ = base.converse(after, context)
    assert answer.answered and answer.match == "kim-weapons-factory-tours-after-shoigu"


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("김정은 몇 살이야?", "how old is kim jong un"),
        ("북한 국경 봉쇄 몇 년도야?", "what year did north korea close its border"),
    ],
)
def test_a_korean_counter_asks_what_the_english_question_does(base, korean, english):
    assert base.answer(korean).match == base.answer(english).match is not None


def test_a_small_number_does_not_outweigh_what_a_question_is_about(base):
    answer = base.answer("which three things does kim want most, say the experts")
    assert answer.match == "nk-kims-priorities", "not the three words Putin used for Kim"


def test_why_after_an_answer_that_gives_a_reason_repeats_it(base):
    first, context = base.converse("why is russia short of ammunition?", None)
    why, _ = base.converse("why?", context)
    assert why.answered and why.match == first.match


@pytest.mark.parametrize(
    "claim", ["is it true shoigu literally visited pyongyang in july?", "kim obviously boarded his train on sunday"]
)
def test_a_chat_adverb_does_not_keep_a_claim_from_its_verdict(base, claim):
    assert base.answer(claim).verdict == "supported"


def test_a_body_named_after_its_country_speaks_of_that_country(base):
    """ "Seoul's military" is South Korea's military: the fact it confirmed can contradict the claim's day."""
    check = base.answer("Kim's train crossed into Russia on Monday, confirmed by Seoul's military")
    assert check.verdict == "contradicted" and "Tuesday" in check.text


def test_what_happened_at_the_summit_is_not_answered_with_what_happened_at_an_earlier_one(base):
    assert not base.answer("what gifts did putin and kim swap at this summit?").answered
    assert base.answer("what gifts did putin and kim swap in 2019?").answered
    assert base.answer("what did the un security council do in response to the summit").kind == "outcome"
    _, context = base.converse("is putin meeting kim after the forum?", None)
    agreed, _ = base.converse("so what did they end up agreeing on", context)
    assert not agreed.answered and agreed.kind == "outcome"


def test_a_claim_about_what_happened_since_the_summit_is_never_contradicted_by_what_came_before(base):
    post = "White House: NK has shipped over 1,000 containers of munitions to Russia since the summit"
    assert base.answer(post, forwarded=True).verdict == "after_articles"


def test_a_statement_the_checker_cannot_place_is_answered_as_the_question_it_is(base):
    answer = base.answer("kim travel much or nah")
    assert answer.answered and answer.match == "does-kim-often-travel-abroad"
    assert base.answer("heard kim travels to mars every summer").kind == "check", "an asked-for check stays one"


@pytest.mark.parametrize(
    "claim",
    ["kim's limo was flown to vladivostok on a cargo plane", "heard kim's guards flew into vladivostok ahead of him"],
)
def test_how_something_of_kims_travels_is_not_told_by_how_he_travels(base, claim):
    answer = base.answer(claim)
    assert not answer.answered and answer.checks[0].verdict is Verdict.NOT_IN_ARTICLES
    assert base.answer("kim's delegation flew to russia").checks[0].verdict is Verdict.CONTRADICTED, (
        "they rode with him"
    )


def test_what_the_white_house_says_of_the_arms_talks_is_all_watson_said_of_them(base):
    answer = base.answer("what's the white house saying about those russia north korea arms talks")
    assert "actively advancing" in answer.text and "continue" in answer.text
    paused = base.answer("the white house says the russia-nk arms talks will pause while kim is in russia")
    assert paused.checks[0].verdict is Verdict.CONTRADICTED


def test_what_happened_while_the_leaders_sat_down_together_is_after_the_articles(base):
    answer = base.answer("putin handed kim a rifle while they were meeting, crazy")
    assert not answer.answered and answer.checks[0].verdict is Verdict.AFTER_ARTICLES
    tested = base.answer("pyongyang test-fired missiles while kim was sitting down with putin")
    assert tested.checks[0].verdict is Verdict.AFTER_ARTICLES


def test_how_long_kim_will_stay_is_not_borne_out_by_his_visit_being_announced(base):
    answer = base.answer("kremlin: kim will stay in russia for one week")
    assert not answer.answered and answer.checks[0].verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what work do nk laborers typically do over there", "nk-workers-construction-forestry"),
        ("does kim normally go abroad much?", "does-kim-often-travel-abroad"),
    ],
)
def test_usually_or_normally_asks_nothing_of_its_own(base, question, entry):
    answer = base.answer(question)
    assert answer.answered and answer.match == entry


def test_a_statement_with_a_figure_the_answer_lacks_is_no_question(base):
    answer = base.answer("russia has like 2% unemployment so they want nk workers")
    assert not answer.answered and answer.checks[0].verdict is Verdict.NOT_IN_ARTICLES
    assert (
        base.answer("russia wants nk workers because its unemployment is so low").checks[0].verdict is Verdict.SUPPORTED
    )


def test_a_pronoun_means_the_person_the_message_names_besides_the_one_the_question_does(base):
    answer = base.answer("i meant kim yo jong, who is she to kim")
    assert answer.match == "kim-yo-jong" and "sister" in answer.text


def test_a_pronoun_in_a_later_part_stands_for_its_person_where_it_is_so_the_part_still_asks_how_long(base):
    answer = base.answer("how old is choe sun hui and how long has she been foreign minister?")
    assert not answer.answered and all(not part.answer.answered for part in answer.parts)


def test_and_the_other_leader_after_a_question_about_sides_asks_it_of_his_side(base):
    _, context = base.converse("does north korea want grain from moscow?", None)
    putin, _ = base.converse("and putin?", context)
    assert putin.answered and "ammunition" in putin.text


@pytest.mark.parametrize(
    "message",
    [
        "how many workers did nk have in russia back then, and why would pyongyang want to send more now",
        "how many north korean laborers did russia host before the ban? and why would kim want more there now",
    ],
)
def test_more_with_nothing_after_it_is_more_of_what_the_part_before_counted(base, message):
    more = base.answer(message).parts[-1].answer
    assert more.answered and "laborers" in more.text


def test_a_question_ending_on_that_is_about_the_story_before_it(base):
    answer = base.answer("kim's bodyguards jogging next to his car lol, which summit was that")
    assert answer.match == "bodyguards-ran-beside-kims-limo-2018"


def test_a_follow_up_without_a_subject_is_asked_as_one_question_with_the_last(base):
    first, context = base.converse("what weapons does north korea have in its stockpiles", None)
    how_many, context = base.converse("how many?", context)
    assert how_many.match == "russia-wants-nk-tens-of-millions-shells" != first.match
    any_good, _ = base.converse("are they any good tho", context)
    assert any_good.match == "russia-wants-nk-weapons-quality", "they: the weapons asked about, not the countries"


def test_more_after_a_decline_goes_on_with_the_nearest_fact_the_articles_give(base):
    declined, context = base.converse("whats in it for pyongyang sending workers after the summit", None)
    more, _ = base.converse("tell me more", context)
    assert not declined.answered and more.answered
    assert more.match in {s.id for s in declined.related}, "the facts nearest the question, not the articles' list"


def test_where_after_when_they_first_met_is_where_kim_and_putin_first_met(base):
    _, context = base.converse("when did they first meet", None)
    where, _ = base.converse("where?", context)
    assert where.match == "when-and-where-kim-putin-first-met" and "Vladivostok" in where.text


def test_why_would_someone_do_that_asks_why_of_what_the_last_answer_told(base):
    _, context = base.converse("what did kim do after shoigu left pyongyang", None)
    why, _ = base.converse("why would kim do that", context)
    assert why.match == "kim-weapons-factory-tours-after-shoigu", "the factory tours' purpose, not why leaders meet"


def test_more_after_a_decline_in_a_conversation_goes_on_with_what_was_answered_before_it(base):
    first, context = base.converse("would nk send more workers to russia?", None)
    _, context = base.converse("source?", context)
    declined, context = base.converse("how much do they get paid", context)
    more, _ = base.converse("more", context)
    assert not declined.answered and more.answered
    assert more.match in {s.id for s in first.related}


@pytest.mark.parametrize("follow_up", ["source for that figure?", "link to that stat pls", "where's that number from"])
def test_asking_for_the_source_of_that_figure_asks_for_the_last_answers_sources(base, follow_up):
    _, context = base.converse("how many north korean workers were in russia", None)
    sources, _ = base.converse(follow_up, context)
    assert sources.kind is AnswerKind.SOURCES and sources.match == "russia-hosted-20000-nk-workers"


def test_who_confirmed_asks_who_the_last_answer_says_confirmed_it(base):
    _, context = base.converse("when did kim's train cross into russia", None)
    who, _ = base.converse("who confirmed", context)
    assert who.kind is AnswerKind.ATTRIBUTION and "Peskov" in who.text


def test_he_after_turning_to_someone_by_what_they_are_is_that_one_not_whom_the_last_answer_named(base):
    _, context = base.converse("who got on the train with kim", None)
    admiral, _ = base.converse("and the navy admiral, why does he matter", context)
    assert admiral.match == "navy-admiral-in-delegation"


def test_and_someone_after_what_else_one_side_wants_asks_what_they_want_not_what_else(base):
    _, context = base.converse("what else does russia want from north korea", None)
    kim, _ = base.converse("and kim?", context)
    assert kim.match == "kim-expected-to-ask-aid-and-tech", "Kim's wants, not the one want Al Jazeera adds"


def test_more_goes_on_with_what_rests_on_the_same_claims_and_says_something_new(base):
    first, context = base.converse("why would kim want to send more workers to russia", None)
    more, _ = base.converse("more", context)
    assert first.match == "nk-may-send-more-workers-to-russia" and "construction" in first.text
    assert "hard currency" in more.text and "construction" not in more.text, "not the construction jobs again"


def test_how_big_a_stockpile_is_asks_for_the_figure_the_articles_give(base):
    answer = base.answer("how big is pyongyang's arsenal of shells and rockets")
    assert answer.match == "russia-wants-nk-tens-of-millions-shells" and "tens of millions" in answer.text


def test_more_goes_on_with_what_the_last_question_asked_about(base):
    _, context = base.converse("who went with kim to russia", None)
    more, _ = base.converse("more", context)
    assert "delegation" in more.text.casefold() or "accompan" in more.text, "more of his delegation, not his train"


def test_by_itself_asks_whether_north_korea_could_do_it_on_its_own(base):
    answer = base.answer("could nk build nuclear submarines by itself?")
    assert answer.match == "nk-needs-outside-help-satellites-subs"


def test_a_post_giving_the_reason_the_articles_give_is_supported_whatever_its_slang(base):
    check = base.answer(
        "NK leaders love face to face summits with world leaders bc it plays well in domestic propaganda. true?"
    )
    assert (
        check.kind == "check" and check.verdict is Verdict.SUPPORTED and check.match == "why-nk-leaders-value-summits"
    )


def test_they_in_a_conversation_that_named_no_one_are_kim_and_putin(base):
    _, context = base.converse("any meal planned for kim? whats on the menu", None)
    _, context = base.converse("whats on the menu", context)
    first_met, _ = base.converse("where did they meet the first time?", context)
    assert first_met.answered and "Vladivostok" in first_met.text


def test_questions_of_one_message_after_an_answer_are_each_completed_and_shown_as_asked(base):
    _, context = base.converse("what did shoigu ask kim for when he was in pyongyang", None)
    several, _ = base.converse("wait there was a parade too? what kind of missiles did they show", context)
    assert several.kind == "several"
    assert [p.question for p in several.parts][-1] == "what kind of missiles did they show"
    assert not several.text.startswith(("United States", "Sergei Shoigu"))  # no name put in front is shown


def test_they_asked_where_or_when_are_the_people_the_last_answer_named(base):
    _, context = base.converse("yo did kim actually make it to russia or not yet", None)
    where, _ = base.converse("ok and where are they expected to meet", context)
    assert where.answered and "Vladivostok" in where.text and where.kind == "faq"


def test_and_a_country_after_a_body_asks_the_same_of_that_country_and_a_publisher_stays(base):
    _, context = base.converse("what did the state department say about the meeting", None)
    japan, _ = base.converse("and japan?", context)
    assert japan.answered and "Matsuno" in japan.text
    _, context = base.converse("what can nk offer russia acc to the al jazeera analysts", None)
    russia, _ = base.converse("and russia?", context)
    assert russia.answered and "grain" in russia.text


def test_a_belief_put_as_a_question_is_checked_and_its_bare_did_they_asks_nothing_more(base):
    message = "ngl i was sure north korea condemned the invasion at some point?? someone said they did. did they?"
    check = base.answer(message)
    assert check.kind == "check" and check.verdict == "contradicted"
    assert check.text.split()[0] not in ("Yes.", "No."), "a verdict's evidence answers no question nobody asked"


def test_a_question_opening_with_and_is_answered_even_with_nothing_before_it(base):
    answer, _ = base.converse("а северокорейское оружие вообще норм?", None)
    assert answer.answered and answer.language == "ru"
    bare, _ = base.converse("and the second one?", None)
    assert not bare.answered, "naming nothing new, it follows nothing"


def test_getting_somewhere_is_arriving_there(base):
    check = base.answer("putin only got to vladivostok on wednesday")
    assert check.verdict == "contradicted" and "Monday" in check.text


def test_what_about_after_a_decline_asks_what_follows_it_not_only_its_names(base):
    _, context = base.converse("how much is russia paying per shell?", None)
    cash, _ = base.converse("what about cash, could russia just pay them?", context)
    assert cash.kind != "entity" and "currency" in cash.text


def test_how_many_months_asks_how_long(base):
    answer = base.answer("for how many months has the west been shipping advanced weapons to ukraine")
    assert answer.answered and "17" in answer.text


@pytest.mark.parametrize("hedge", ["roughly", "approximately", "ballpark"])
def test_a_hedge_does_not_weigh_like_a_word_the_base_has_never_seen(base, hedge):
    assert base.answer(f"how many artillery shells does nk have, {hedge}?").answered


def test_a_doubt_naming_a_publisher_gets_the_quotes_and_who_published_them(base):
    _, context = base.converse("how many bodyguards ran next to kim's car in 2018", None)
    doubt, _ = base.converse("are you sure it was reuters? i thought it was al jazeera", context)
    assert doubt.kind == "sources" and doubt.text.startswith("Reuters")


def test_a_hundred_percent_is_how_sure_a_claim_is_not_a_figure(base):
    check = base.answer("north korean shells are 100% their own original design, nothing soviet about them 💪")
    assert check.answered and check.verdict != "not_in_articles" and "Soviet" in check.text


@pytest.mark.parametrize(
    "question",
    [
        "did putin give kim another sword this time? 🗡",
        "что ким подарил путину в этот раз?",
        "що путін подарував кіму цього разу?",
        "이번에 푸틴이 김정은한테 뭐 선물함?",
    ],
)
def test_what_was_given_this_time_is_not_answered_with_the_2019_gifts(base, question):
    assert not base.answer(question).answered


def test_borders_sealed_is_no_deal_sealed(base):
    check = base.answer("NK only kept its borders sealed for like a year during covid")
    assert check.verdict == "contradicted" and "three years" in check.text


def test_a_figure_the_best_match_does_not_state_is_checked_against_the_facts_beside_it(base):
    check = base.answer("fact check: north korea's pandemic border lockdown only lasted about a year")
    assert check.verdict == "contradicted" and "three years" in check.text


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("the US and its partners have only been shipping serious weapons to ukraine for about 5 months", "17"),
        ("is it true NK basically stopped missile tests this year to calm things down?", "record"),
        ("heard lankov called the summit russia's 'gentle blackmail' of JAPAN so tokyo doesn't arm kyiv", "Seoul"),
    ],
)
def test_a_count_an_opposite_or_another_country_contradicts_past_a_decline_or_a_recorded_rumour(base, claim, says):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and says in check.text


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("heard the forum ends on friday", "Wednesday"),
        ("the kremlin announced kim's trip on thursday", "Monday"),
        ("moscow announced kim's visit on a saturday", "Monday"),
    ],
)
def test_a_wrong_day_does_not_pick_what_a_claim_is_about(base, claim, says):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and says in check.text
    assert base.answer("putin landed in vladivostok on monday").verdict == "supported"


def test_everyday_words_for_submarines_guarantees_and_giving_up(base):
    assert base.answer("does kim want russian help with undersea weapons?").answered
    claim = "in 2019 putin said american safety guarantees would not make pyongyang ditch its nukes"
    assert base.answer(claim).verdict == "supported"


@pytest.mark.parametrize("question", ["does pyongyang have to run it past beijing?", "what's the china angle?"])
def test_running_it_past_someone_and_an_angle_ask_for_consent_and_a_role(base, question):
    assert base.answer(question).match == "nk-deal-may-involve-china"


def test_a_post_about_what_the_base_never_heard_of_is_not_answered_by_a_fact_it_barely_covers(base):
    check = base.answer("choe sun hui is the first woman ever to be north korea's top diplomat")
    assert (check.answered, check.verdict) == (False, "not_in_articles")


@pytest.mark.parametrize(
    "claim",
    [
        "nk went quiet on missile tests this summer",
        "the shells russia wants are nk's own original designs",
        "pyongyang wants to bring its workers back home from russia",
        "kim wants to recall the nk workers from russia",
        "north korean artillery shells are famously reliable",
        "all the experts agree nk ammo is first-rate",
        "the un security council is totally united on how to deal with pyongyang's nukes, for years now",
        "the white house admitted the arms talks between moscow and pyongyang have stalled",
        "the white house admitted arms talks between russia and north korea have stalled",
        "the covid border closures were actually great for NK's economy",
        "Analysts: North Korea can offer Russia ammunition, rocket systems and LONG-RANGE intercontinental missiles",
        "analysts say north korea could hand russia ICBMs for the war",
        "Is it accurate that Russia opposed the U.N. resolutions banning arms trade with North Korea?",
        "washington says the russia-nk arms talks are on hold",
        "pyongyang refused to support russia's annexation of ukrainian regions",
        "north korea declined to back russia over ukraine",
        "loads of countries openly support russia's war, pyongyang is like every other country there",
        "North Korea has publicly blamed RUSSIA for starting the crisis in Ukraine",
        "In July Kim Jong Un asked Shoigu to send MORE RUSSIAN AMMO to North Korea",
        "BREAKING: Putin ready to lift ALL sanctions on North Korea, analysts say it's practically certain",
        "kim is always stiff and nervous when he travels",
        "on foreign trips kim gets really uptight",
    ],
)
def test_the_opposite_of_what_the_articles_say_in_other_words_is_contradicted(base, claim):
    """Quiet on tests against a record pace, homegrown against Soviet designs, workers brought home against more
    sent, top quality against the question mark over it, a united Security Council against a divided one, arms
    talks stalled against talks actively advancing, refusing to back Russia against backing it, blaming Russia for
    the crisis against blaming Washington, Russian ammunition sent to North Korea against North Korea's to Russia,
    long-range missiles against the short-range ones analysts say North Korea can offer, Kim tense abroad against
    him appearing more relaxed there."""
    assert base.answer(claim).verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("north korea actually condemned russia's invasion of ukraine back then, didn't it", "contradicted"),
        ("kim and putin met in vladivostok in 2019, didn't they", "supported"),
        ("shoigu visited pyongyang in july, didn't he?", "supported"),
        ("kim and putin met in vladivostok in 2019, no?", "supported"),
    ],
)
def test_a_tag_question_denies_nothing_and_a_claim_affirming_what_the_articles_deny_is_contradicted(
    base, claim, verdict
):
    """ "…, didn't it?" asks for a check; North Korea "has refrained from condemning" Russia's actions."""
    assert base.answer(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "heard analysts aren't sure nk's weapons are any good, there are doubts about how reliable the stuff is?",
            "supported",
        ),
        ("nk shells are totally reliable, zero doubts", "contradicted"),
    ],
)
def test_doubts_about_how_reliable_weapons_are_side_with_the_question_mark_over_their_quality(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "my dad says this isn't even their first time, kim and putin already met in the same city back in 2019",
            "supported",
        ),
        ("this isn't his first time in russia", "supported"),
        ("this isn't his first trip abroad since covid", "contradicted"),
    ],
)
def test_not_their_first_time_says_there_was_one_before_but_not_the_first_since_denies_it(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


def test_wanting_to_sell_is_selling_so_a_sale_the_wrong_way_round_is_contradicted_and_the_right_way_is_not(base):
    wrong_way = base.answer(
        "US officials: Russia wants to SELL ammunition to North Korea to refill Pyongyang's reserves"
    )
    assert wrong_way.verdict == "contradicted"
    assert base.answer("north korea wants to sell shells to russia").verdict != "contradicted"


def test_what_one_side_could_offer_is_not_answered_by_what_the_other_side_wants(base):
    answer = base.answer("which ballistic missiles might north korea offer the russians")
    assert answer.match == "russia-wants-shells-rockets-srbms" and "short-range ballistic missiles" in answer.text


def test_everyone_agreeing_is_part_of_the_claim_and_contradicted_where_the_articles_doubt_it(base):
    assert base.answer("everybody agrees north korea's weapons are excellent quality").verdict == "contradicted"


def test_sending_more_workers_is_what_the_articles_say(base):
    assert base.answer("kim may send more workers to russia").verdict == "supported"


@pytest.mark.parametrize("question", ["who's coming with kim to russia?", "anyone going with kim on the train?"])
def test_going_or_coming_with_someone_asks_who_is_in_the_delegation(base, question):
    answer = base.answer(question)
    assert answer.answered and "delegation" in answer.match


@pytest.mark.parametrize(
    "claim",
    [
        "the tip that kim may travel to russia for a summit with putin came from a russian official",
        "Russia's Defence Ministry says Shoigu asked Kim for more shells when he was in Pyongyang",
        "the kremlin says shoigu asked kim to send more ammunition",
    ],
)
def test_a_claim_put_in_another_countrys_mouth_is_contradicted(base, claim):
    """A U.S. official gave the tip; U.S. officials said Shoigu asked for ammunition, and that the reporter gives
    the July visit beside it changes nothing."""
    assert base.answer(claim).verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "After the 2019 Kim summit it was LAVROV who said US guarantees would never get NK to drop its nukes",
            "contradicted",
        ),
        (
            "after the 2019 summit it was kim who said us security guarantees wouldn't get pyongyang to drop its nukes",
            "contradicted",
        ),
        (
            "after the 2019 summit putin said us security guarantees wouldn't get pyongyang to drop its nukes",
            "supported",
        ),
    ],
)
def test_a_claim_that_has_another_person_say_what_the_articles_quote_is_contradicted(base, claim, verdict):
    """Putin said it after the 2019 summit; the words match, and only the speaker differs."""
    answer = base.answer(claim)
    assert (answer.verdict, answer.match) == (verdict, "putin-2019-on-us-security-guarantees")


def test_a_clause_about_when_someone_spoke_does_not_say_who_makes_the_claim(base):
    claim = "before the kremlin said a word, south korean media reported that kim had left for russia"
    assert base.answer(claim).verdict == "supported"


def test_asking_whether_a_claim_is_in_the_reporting_asks_for_a_check_not_about_reporters(base):
    answer = base.answer("people say russia could pass missile technology to pyongyang. is that in the reporting?")
    assert answer.verdict == "supported" and "journalist" not in (answer.match or "")
    assert "is that in the reporting" not in answer.text


def test_a_claim_with_a_word_only_the_rumours_use_is_settled_by_a_rumour_or_not_found(base):
    assert base.answer("lavrov is part of the team talking to kim").verdict == "not_in_articles"
    claim = "in 2018 kim's guards jogged next to his rolls royce, my uncle swears"
    assert base.answer(claim).verdict == "contradicted"


def test_what_weapons_are_aimed_at_asks_what_they_target(base):
    answer = base.answer("what were the icbms at that parade aimed at?")
    assert answer.answered and "mainland" in answer.text


def test_the_ap_pieces_dateline_is_seoul(base):
    answer = base.answer("which city was the ap piece on kim maybe visiting russia datelined in?")
    assert answer.match == "ap-piece-dateline" and "Seoul" in answer.text


def test_a_statement_dated_after_the_summit_is_beyond_the_articles_not_a_question(base):
    """Not answered with the Sunday Kim boarded his train in Pyongyang."""
    assert base.answer("the train with kim left russia on sunday").verdict == "after_articles"
    assert base.answer("kims armoured train departed vladivostok on sunday").verdict == "after_articles"


def test_signing_up_to_resolutions_is_backing_them(base):
    assert (
        base.answer("did moscow sign up to those un resolutions itself?").match
        == "sanctions-buying-nk-arms-violates-un"
    )
    assert base.answer("russia signed on to the resolutions, right?").verdict == "supported"


def test_info_on_something_asks_about_it(base):
    answer = base.answer("what seoul ministry gave out the info about jo chun ryong")
    assert answer.match == "unification-ministry-on-kims-entourage"


def test_a_follow_up_asking_the_summits_outcome_is_declined_whoever_they_are(base):
    _, context = base.converse("did the kremlin or pyongyang own up to any of it", None)
    answer, _ = base.converse("so did they wind up signing an arms deal or not", context)
    assert not answer.answered and "before the summit" in answer.text


def test_a_year_kinship_or_deal_direction_contradicts_only_from_the_best_match(base):
    assert base.answer("fun fact: hanoi with trump was the first time kim showed his WIFE in public").verdict == (
        "contradicted"
    )
    for rumour in (
        "my uncle says the eastern economic forum was started in 2015 as putins pet project",
        "heard russia already delivered su-35 fighter jets to pyongyang last year",
        "Forwarded from Arms Flow\nNK ships its shells to Russia BY SEA out of Rajin port",
    ):
        assert base.answer(rumour, forwarded=rumour.startswith("Forwarded")).verdict != "contradicted", rumour


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("kim went to russia by armoured train", "supported"),
        ("is it true kim's train left russia on september 17?", "after_articles"),
        ("heard kim's train left russia on sunday after almost a week there", "after_articles"),
    ],
)
def test_a_recorded_rumour_the_articles_bear_out_settles_only_what_it_says(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


@pytest.mark.parametrize(
    "request_",
    ["translate 'thank you' into korean pls", "how do you say hello in japanese", "переведи «привет» на английский"],
)
def test_a_request_to_translate_is_off_topic_however_many_words_the_base_knows(base, request_):
    answer = base.answer(request_)
    assert (answer.kind, answer.answered) == (AnswerKind.OFF_TOPIC, False)


def test_who_confirmed_that_names_who_the_articles_say_confirmed_the_last_answer(base):
    _, context = base.converse("when did kim's train cross into russia", None)
    who, _ = base.converse("who confirmed that?", context)
    assert who.kind is AnswerKind.ATTRIBUTION and "Peskov" in who.text


def test_afterwards_in_a_follow_up_is_after_the_time_the_last_answer_gave(base):
    _, context = base.converse("where did kim and putin meet the first time", None)
    answer, _ = base.converse("what did putin say afterwards about kim's nukes", context)
    assert answer.answered and "security guarantees" in answer.text


def test_a_number_after_an_answer_that_lists_things_asks_about_that_item(base):
    _, context = base.converse("experts say kim has like 3 priorities for this trip, what are they", None)
    assert "aid shipments, prestige and military technology" in context.answer.text
    second, _ = base.converse("2?", context)
    assert second.answered and "propaganda" in second.text
    _, context = base.converse("what did kim show shoigu in july", None)
    assert not base.converse("2", context)[0].answered, "an answer that lists nothing has nothing to pick"


def test_that_meeting_is_the_one_the_last_answer_dates_among_other_years(base):
    _, context = base.converse("were kim's ties with moscow always good", None)
    _, context = base.converse("so what changed", context)
    assert "2019 meeting" in context.answer.text and "2011" in context.answer.text
    answer, _ = base.converse("where was that summit held", context)
    assert answer.answered and "April 2019 in Vladivostok" in answer.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("what has pyongyang got sitting in its arsenal", "vast stockpiles"),
        ("how many rockets does nk have sitting around", "tens of millions"),
    ],
)
def test_what_is_sitting_in_a_stockpile_is_what_is_stockpiled(base, question, says):
    answer = base.answer(question)
    assert answer.answered and says in answer.text


def test_a_last_word_after_a_claim_is_no_part_of_what_is_checked(base):
    checked = base.answer("north korean state media said nothing about kim leaving the country, complete silence")
    assert checked.verdict is Verdict.CONTRADICTED and "KCNA" in checked.text


def test_how_someone_summed_something_up_is_what_they_said(base):
    answer = base.answer("how did nam sum up their needs")
    assert answer.answered and "matched perfectly" in answer.text


def test_staying_ahead_is_keeping_an_advantage(base):
    answer = base.answer("what does moscow want to stay ahead of pyongyang in")
    assert answer.answered and "satellites" in answer.text


def test_a_follow_up_naming_its_time_after_and_asks_about_that_time(base):
    _, context = base.converse("what did shoigu ask kim for", None)
    answer, _ = base.converse("and after shoigu left, what did kim do?", context)
    assert answer.answered and "weapons factories" in answer.text


def test_is_that_so_after_a_story_asks_about_the_story(base):
    answer = base.answer("apparently putin is throwing a lunch for kim after the forum 🍽 is that the plan?")
    assert answer.answered and "lunch in Kim's honor" in answer.text


def test_a_question_setting_something_aside_is_answered_by_the_entry_it_was_unsure_of(base):
    answer = base.answer("besides refilling its stocks, why does putin need more north korean artillery?")
    assert answer.answered and "sustain a prolonged conflict" in answer.text


def test_setting_someone_aside_in_a_question_about_the_outcome_keeps_it_a_decline(base):
    answer = base.answer("which russian officials besides putin did kim end up meeting on the trip?")
    assert not answer.answered and "Peskov" not in answer.text


def test_and_the_other_leader_asks_what_his_side_wants_not_the_same_answer_again(base):
    _, context = base.converse("what's kim expected to ask russia for", None)
    putin, _ = base.converse("and putin?", context)
    assert putin.answered and putin.match != "kim-expected-to-ask-aid-and-tech" and "ammunition" in putin.text


def test_a_follow_up_goes_back_to_the_question_not_the_chatter_around_it(base):
    _, context = base.converse("sorry wrong chat lol. ok real question: what's kim expected to ask russia for", None)
    assert context.question == "what's kim expected to ask russia for"
    putin, _ = base.converse("and putin?", context)
    assert putin.answered and "ammunition" in putin.text
    _, context = base.converse("kim's bodyguards jogging next to his limo lol, which summit was that", None)
    assert "bodyguards" in context.question


@pytest.mark.parametrize(
    "claim",
    [
        "Forwarded from DPRK Today\nKim told Putin that relations with Russia are NK's 'top priority'",
        "It's CONFIRMED: the summit happened at the Vostochny cosmodrome, NOT in Vladivostok",
    ],
)
def test_what_one_leader_told_the_other_or_where_the_summit_happened_is_after_the_articles(base, claim):
    assert base.answer(claim, forwarded=True).verdict == "after_articles"


def test_a_bare_question_word_among_several_questions_asks_about_the_one_before(base):
    answer = base.answer("3 qs 🙏 1) where's the meeting 2) when roughly 3) whats on the agenda")
    assert [p.question for p in answer.parts] == ["where's the meeting", "when roughly", "whats on the agenda"]
    assert "Wednesday" in answer.parts[1].answer.text


def test_a_follow_up_naming_one_person_and_calling_another_him_is_about_both(base):
    _, context = base.converse("so what did shoigu actually want when he went to pyongyang in july", None)
    shown, context = base.converse("and what did kim show him?", context)
    assert shown.answered and "parade" in shown.text


@pytest.mark.parametrize(
    "claim",
    [
        "my cousin says north korean troops ended up fighting in kursk",
        "russia promised north korea a million tonnes of wheat at the summit",
        "heard they swapped RIFLES as gifts this time",
    ],
)
def test_what_happened_at_or_after_the_summit_is_after_the_articles_even_beside_a_detail_not_given(base, claim):
    assert base.answer(claim).verdict == "after_articles"


@pytest.mark.parametrize(
    "question",
    [
        "so what day did the summit actually end up happening?",
        "how did the summit go",
        "what was the exact date they finally met?",
        "what date did the summit finally take place on",
        "which day was the summit actually held in the end? i keep seeing different dates",
        "What gift did Kim bring Putin on this visit?",
    ],
)
def test_a_question_about_how_the_summit_turned_out_is_after_the_articles(base, question):
    answer = base.answer(question)
    assert (answer.kind, answer.answered) == (AnswerKind.OUTCOME, False)
    assert "written before the summit" in answer.text


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        ("the first kim-putin meeting in april 2019 was in moscow at the kremlin right?", "Vladivostok"),
        ("the summit is gonna be in moscow, inside the kremlin", "Vladivostok"),
        ("the west has been pouring weapons into ukraine for almost 3 years already", "17 months"),
        ("north korea halted its missile launches so nothing spoils the putin visit", "record pace"),
        ("putin only made it to vladivostok on thursday, just before the meeting", "Monday"),
    ],
)
def test_a_claim_naming_another_venue_or_span_is_contradicted_by_the_one_the_articles_give(base, claim, correction):
    answer = base.answer(claim)
    assert (answer.kind, answer.verdict) == (AnswerKind.CHECK, Verdict.CONTRADICTED)
    assert correction in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("kim visited a fish market in vladivostok and ate king crab", Verdict.AFTER_ARTICLES),
        ("the EU slapped new sanctions on pyongyang in 2025 over the arms deal", Verdict.AFTER_ARTICLES),
        ("my uncle says kim's train has a karaoke carriage", Verdict.NOT_IN_ARTICLES),
        ("north korea reopened its borders to foreign tourists in august", Verdict.NOT_IN_ARTICLES),
        ("at the dinner kim raised a toast to putin's health 🥂", Verdict.AFTER_ARTICLES),
    ],
)
def test_what_kim_did_on_the_trip_or_what_happened_since_is_after_the_articles(base, claim, verdict):
    answer = base.answer(claim)
    assert (answer.kind, answer.verdict, answer.answered) == (AnswerKind.CHECK, verdict, False)


def test_a_yes_or_no_question_answered_from_the_base_carries_the_verdict_on_what_it_asks(base):
    answer = base.answer("did north korea really blame washington for the war in ukraine?")
    assert (answer.kind, answer.verdict) == (AnswerKind.FAQ, Verdict.SUPPORTED)
    assert base.answer("who warned of new sanctions?").verdict is None, "a question asking who states no claim"


def test_a_question_about_the_summits_outcome_is_after_the_articles_as_a_verdict_too(base):
    assert base.answer("what did kim and putin agree at the summit?").verdict is Verdict.AFTER_ARTICLES


def test_a_first_time_ever_denies_what_the_articles_say_happened_before(base):
    check = base.answer("fact check: this will be the first time kim and putin EVER meet face to face")
    assert check.verdict == "contradicted" and "2019" in check.text


def test_a_yes_or_no_question_naming_another_place_or_time_is_answered_with_what_the_articles_say_instead(base):
    answer = base.answer("did kim and putin first meet in moscow in 2019?")
    assert (answer.kind, answer.verdict) == (AnswerKind.CHECK, Verdict.CONTRADICTED) and "Vladivostok" in answer.text
    chatter = base.answer("monday blues lol anyway which officials are touring arms factories with kim?")
    assert chatter.kind is not AnswerKind.CHECK, "a question asking which names no claim, whatever day it opens with"


@pytest.mark.parametrize(
    "claim",
    [
        "is it true nk put its spy satellite into orbit in december with russian help?",
        "heard kim's visit wrapped up on september 19 after a week",
        "kim assured putin that pyongyang stands with moscow all the way",
    ],
)
def test_a_date_after_the_articles_or_what_one_leader_told_the_other_is_after_the_articles(base, claim):
    assert base.answer(claim).verdict is Verdict.AFTER_ARTICLES


def test_a_part_referring_to_someone_a_declined_part_asked_about_is_not_answered_about_someone_else(base):
    answer = base.answer("who was japan's prime minister back then, and what did he say about the trip?")
    assert not answer.answered
    named = base.answer("how big is kim's delegation, and is his foreign minister coming?")
    assert "Choe Sun Hui" in named.text, "his is Kim, whom the declined part named"


@pytest.mark.parametrize(
    "message", ["did kim's daughter come along on the trip? whats her name", "did putin's son come and what does he do"]
)
def test_she_or_he_after_a_declined_part_about_a_relative_is_that_relative_not_the_leader(base, message):
    answer = base.answer(message)
    assert not answer.answered and "Kim Jong Un is North Korea's leader" not in answer.text
    kin = base.answer("did kim's sister come along on the trip? whats her job")
    assert kin.answered and "important role" in kin.text, "kim's sister is Kim Yo Jong, whom the articles know"


def test_a_count_naming_nothing_to_count_counts_what_the_last_question_was_about(base):
    _, context = base.converse("are north korea's artillery shells soviet designs?", None)
    count, _ = base.converse("how many does pyongyang have?", context)
    assert count.answered and "tens of millions" in count.text


@pytest.mark.parametrize("doubt", ["is that likely tho", "how likely is that?"])
def test_asking_how_likely_the_last_answer_is_gets_what_the_articles_expect_again(base, doubt):
    first, context = base.converse("could moscow drop its sanctions on pyongyang", None)
    again, _ = base.converse(doubt, context)
    assert again.answered and again.match == first.match and "Unlikely" in again.text


def test_they_who_want_something_of_someone_named_are_the_body_the_last_question_asked_of(base):
    _, context = base.converse("what is the white house alleging about russia", None)
    answer, _ = base.converse("so what do they want north korea to do?", context)
    assert answer.answered and "honor its commitments" in answer.text, "what the White House wants, not North Korea"


def test_they_are_the_people_a_question_names_not_the_body_asked_of_before(base):
    _, context = base.converse("how has the un security council dealt with nk's nukes", None)
    answer, _ = base.converse("did putin promise kim anything on sanctions when they met?", context)
    assert not answer.answered, "what Putin and Kim agreed is after the articles"


def test_more_goes_on_to_what_the_article_says_next_not_to_the_first_entry_of_the_topic(base):
    _, context = base.converse("how many nk workers were in russia before the ban", None)
    more, _ = base.converse("tell me more", context)
    assert more.answered and "unemployment" in more.text, "Russia's workforce, next in the Reuters analysis"


def test_who_has_to_be_ok_with_a_deal_asks_whose_consent_it_needs(base):
    answer = base.answer("who else would have to be ok with a russia nk arms deal?")
    assert answer.answered and "China" in answer.text


@pytest.mark.parametrize(
    ("asked", "count"),
    [
        ("why does moscow need north korean shells so badly", "how many has pyongyang got?"),
        ("why does russia want nk artillery shells", "and how many does nk actually have"),
    ],
)
def test_a_count_after_a_why_counts_the_things_asked_about_not_who_needs_them(base, asked, count):
    _, context = base.converse(asked, None)
    answer, _ = base.converse(count, context)
    assert answer.answered and "tens of millions" in answer.text, "how many shells North Korea has, not Russia wants"


def test_a_question_going_by_an_articles_title_is_about_what_it_asks_not_the_title(base):
    answer = base.answer(
        "weapons to ukraine from the west - how many months now, going by the 'kim arrives in russia' story?"
    )
    assert answer.answered and "17" in answer.text


def test_a_follow_up_with_nothing_of_its_own_is_never_a_part_of_its_own(base):
    _, context = base.converse("how many shells does russia want from north korea?", None)
    answer, _ = base.converse("how many are there now?", context)
    assert "Send me a question" not in answer.text and not answer.parts


def test_a_loose_match_around_a_word_the_base_never_heard_of_is_not_answered(base):
    answer = base.answer("which esim is best for trips abroad")
    assert not answer.answered


def test_will_and_would_ask_about_what_is_expected_not_what_happened(base):
    answer = base.answer("per reuters what would be the biggest clue about what kim and putin are gonna discuss")
    assert answer.match == "generals-would-reveal-nature-of-talks"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("heard kim wasnt exactly besties with moscow or beijing when he first took over, true?", "supported"),
        ("heard kim was besties with moscow and beijing when he first took over, true?", "contradicted"),
    ],
)
def test_an_opposite_denied_says_the_other_side(base, claim, verdict):
    check = base.answer(claim)
    assert check.verdict == verdict and check.match == "kims-early-relations-with-russia-china"


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("seoul's analysts reckon the summit happens on the opening day of the forum", "final day"),
        ("russia's own shell stocks are healthy, it has no need for north korean ammo", "dwindled"),
        ("Russia's ammo depots are FULL. Moscow needs NOTHING from Pyongyang #fake", "dwindled"),
    ],
)
def test_the_opening_day_and_healthy_stocks_are_the_opposites_of_what_the_articles_say(base, claim, says):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and says in check.text


def test_a_question_carrying_a_claim_after_it_is_checked_on_that_claim(base):
    answer = base.answer("remember the 2018 inter-korean summit?? 25 bodyguards running next to kim's limo lol")
    assert answer.verdict == "contradicted" and "12" in answer.text


def test_a_war_wanted_over_quickly_is_the_opposite_of_the_prolonged_one_the_articles_expect(base):
    check = base.answer("moscow just wants to end the war fast, that's all this kim thing is about. agree?")
    assert check.verdict == "contradicted"


def test_a_question_back_about_the_question_beats_a_decline_of_the_story_around_it(base):
    answer = base.answer(
        "oops wrong group 😅 anyway real question: did that 2019 vladivostok summit really matter for kim and putin's "
        "relations?"
    )
    assert answer.kind is AnswerKind.UNSURE and "why-2019-meeting-was-a-turning-point" in {
        s.id for s in answer.suggestions
    }


def test_a_claim_about_someone_else_in_russia_is_not_contradicted_by_a_fact_naming_north_korea(base):
    check = base.answer(
        "kim's dad kim jong il also went to russia by armored train, in 2002 and 2011 — like father like son"
    )
    assert check.verdict != "contradicted", "the year the fact gives is one the claim names too"


def test_a_question_asking_what_is_likely_after_the_summit_gets_what_the_articles_expected_first(base):
    answer = base.answer("is moscow likely to lift its sanctions on pyongyang after this summit?")
    first = answer.match if answer.answered else answer.suggestions[0].id
    assert first == "sanctions-russia-lifting-unlikely"


def test_a_question_an_entity_answers_without_naming_it_finds_the_entity(base):
    assert base.answer("who took the vladivostok picture of the two leaders that al jazeera ran?").match == (
        "yuri-kadobnov"
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("per kcna who else was riding kim's train", "delegation-party-government-military"),
        ("what's the biggest tell about what kim and putin will really talk about, according to reuters?",
         "generals-would-reveal-nature-of-talks"),
        ("acc to reuters whats the biggest giveaway about what the talks r really about",
         "generals-would-reveal-nature-of-talks"),
    ],
)  # fmt: skip
def test_riding_is_boarding_and_a_tell_is_a_hint(base, question, entry):
    assert base.answer(question).match == entry


def test_what_someone_said_would_happen_is_no_claim_that_it_happened(base):
    check = base.answer("a moscow correspondent said a deal with russia might need to be squared with beijing. true?")
    assert check.verdict != "after_articles" and "China" in check.text


def test_what_an_organisations_acronym_stands_for_is_who_it_is(base):
    assert base.answer("what does INSS stand for").match == "institute-for-national-security-strategy"


def test_what_was_done_after_a_question_about_the_outcome_is_about_the_outcome_too(base):
    answer = base.answer("did kim and putin actually sign anything in the end? and what did kim get out of it")
    assert not answer.answered


def test_in_the_end_asks_about_the_outcome_in_korean(base):
    assert base.answer("북러 합동훈련 결국 열렸어?").answered is False


def test_what_someone_said_at_the_summit_is_after_the_articles_however_near_a_recorded_rumour(base):
    check = base.answer("Forwarded from Space Daily\nPutin said at the summit a north korean could fly into space")
    assert check.verdict is Verdict.AFTER_ARTICLES


def test_who_reported_a_fact_the_articles_state_in_their_own_voice_names_the_outlet_and_its_words(base):
    _, context = base.converse("what did kim show shoigu during the july visit", None)
    who, _ = base.converse("who reported that?", context)
    assert who.kind is AnswerKind.SOURCES and "Associated Press" in who.text and "“" in who.text


def test_a_why_put_in_several_words_asks_for_the_reason_of_the_last_answer(base):
    _, context = base.converse("who does pyongyang blame for the war in ukraine?", None)
    reason, _ = base.converse("how come?? whats the reasoning", context)
    assert reason.answered and "hegemonic" in reason.text


def test_a_post_mixing_a_true_claim_with_a_false_one_is_judged_by_the_false_one(base):
    check = base.answer(
        "Forwarded from Far East Daily\n"
        "Kim's train got into Russia on Tuesday, and Putin flew into Vladivostok on Thursday"
    )
    assert check.verdict == "contradicted" and "Monday" in check.text


def test_which_city_kim_went_to_after_vladivostok_is_after_the_articles(base):
    answer = base.answer("what city did kim travel to after vladivostok?")
    assert answer.kind is AnswerKind.OUTCOME and not answer.answered


@pytest.mark.parametrize(
    "claim",
    [
        "russia only makes ~2 million shells a year so it NEEDS nk's stock — is that the number in the articles?",
        "heard NK has been shipping shells to russia by sea out of rason port 🚢 to avoid the rail bottleneck",
    ],
)
def test_a_claim_adding_a_figure_or_a_detail_to_a_fact_is_not_answered_with_that_fact(base, claim):
    check = base.answer(claim)
    assert not check.answered and check.verdict == "not_in_articles"


def test_shells_counted_are_not_given_though_that_the_volume_is_unclear_is(base):
    assert not base.answer("exactly how many shells has nk shipped to russia so far?").answered
    assert base.answer("do we actually know how much weaponry nk has shipped to russia?").answered
    assert not base.answer("지금까지 북한이 러시아에 보낸 포탄 정확히 몇 발임").answered


@pytest.mark.parametrize(
    "message",
    [
        "washington announced new sanctions in response to the kim putin summit, what were they",
        "Forwarded from Rail Watch\nFollowing the kim-putin meeting NK shipped 500 wagons of shells",
    ],
)
def test_what_came_in_response_to_this_summit_is_after_the_articles(base, message):
    answer = base.answer(message)
    assert not answer.answered and answer.verdict in (None, "after_articles")


def test_what_came_after_an_earlier_summit_is_no_outcome(base):
    assert base.answer("what did putin say after the 2019 summit?").answered


def test_a_yes_or_no_question_about_what_kim_did_on_the_trip_gets_no_loosely_matched_fact(base):
    answer = base.answer("kim toured a university in vladivostok on the last day of his trip? 🎓")
    assert not answer.answered and answer.verdict == "after_articles"


@pytest.mark.parametrize(
    "claim",
    [
        "my uncle says russia pays like $800 a shell for north korean artillery ammo 💸",
        "russia fires like 10k artillery shells a day in ukraine, that's why they need NK 🤯",
        "heard NK already shipped around 500k shells to russia last year 😳",
    ],
)
def test_a_price_a_rate_or_an_amount_sent_is_not_contradicted_by_the_stockpile(base, claim):
    check = base.answer(claim)
    assert not check.answered and check.verdict == "not_in_articles"


def test_a_hedged_claim_matching_an_expectation_is_what_the_articles_expect_not_what_happened(base):
    check = base.answer(
        "Forwarded from Asia Pivot\nInsiders in Moscow: any Russia–DPRK deal may ALSO have to be agreed with CHINA"
    )
    assert check.answered and "China" in check.text


def test_words_a_claim_quotes_that_the_articles_never_use_are_not_in_them(base):
    check = base.answer('sullivan warned north korea it would "pay a price" if it sells arms to russia — true?')
    assert not check.answered and check.verdict == "not_in_articles" and "Sullivan" in check.text
    assert base.answer('is it true sullivan urged kim "not to give Russia weapons"?').verdict == "supported"


def test_a_count_of_what_a_claim_lists_is_no_figure_and_fair_summary_asks_for_a_check(base):
    check = base.answer("AP experts: kim wants 3 things out of this — aid, prestige and military tech. fair summary?")
    assert check.verdict == "supported" and "prestige" in check.text


def test_afterwards_is_after_the_year_the_last_answer_gave(base):
    _, context = base.converse("when did kim and putin first meet", None)
    after, _ = base.converse("what did putin say afterwards about the nuke issue", context)
    assert after.answered and "security guarantees" in after.text


def test_they_who_meet_are_kim_and_putin_whoever_the_last_answer_named(base):
    _, context = base.converse("so when did kim's train actually cross into russia?", None)
    _, context = base.converse("who confirmed that", context)
    where, _ = base.converse("ok and where are they meeting", context)
    assert where.answered and "Vladivostok" in where.text


def test_what_it_did_is_asked_of_the_thing_the_last_question_was_about(base):
    _, context = base.converse("when did kim's train cross into russia?", None)
    crossing, _ = base.converse("which border crossing did it use? khasan?", context)
    assert not crossing.answered and "don't say where" in crossing.text


def test_a_question_asking_how_or_what_gets_no_yes_or_no(base):
    assert base.answer("how did moscow and pyongyang react to the arms deal talk").text.startswith("Both deny it")
    assert base.answer("did moscow and pyongyang deny the arms deal").text.startswith("Yes, both deny it")


def test_when_someone_did_it_asks_about_what_the_part_before_asked(base):
    answer = base.answer("how many countries recognised donetsk+luhansk 'independence'? and when did nk do it")
    assert "three" in answer.parts[0].answer.text.casefold() and "summer 2022" in answer.parts[1].answer.text


def test_talks_held_somewhere_are_what_happened_at_the_summit(base):
    check = base.answer(
        "Forwarded from Kremlin Pool\nPutin and Kim held their talks at the VOSTOCHNY COSMODROME on Wednesday"
    )
    assert check.verdict == "after_articles"


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        pytest.param(
            "lol NK has maybe a few thousand old shells left, totally useless for russia 😂",
            "tens of millions",
            id="an amount orders of magnitude off",
        ),
        pytest.param(
            "my cousin reckons NK only has tens of THOUSANDS of artillery shells, nothing that would matter",
            "tens of millions",
            id="tens of thousands against tens of millions",
        ),
        pytest.param(
            "NK's shell stockpile is tiny btw, maybe a few hundred thousand rounds max",
            "tens of millions",
            id="rounds counted as shells",
        ),
        pytest.param(
            "my friend says kim kept travelling abroad all through covid so this trip is nothing special",
            "first trip abroad since",
            id="trips abroad through the pandemic",
        ),
        pytest.param(
            "kim went on a bunch of foreign trips during covid, this russia visit is nothing new",
            "first trip abroad since",
            id="foreign trips during covid",
        ),
        pytest.param(
            "heard it was japanese media that first spotted kim leaving for russia on his armoured train",
            "South Kor",
            id="a country put in for another",
        ),
        pytest.param("most of NK's shells are knockoffs of chinese designs anyway", "Soviet", id="chinese designs"),
        pytest.param(
            "US national security council spox said russia–NK arms talks have stalled, nothing moving 🛑",
            "actively advancing",
            id="talks stalled",
        ),
        pytest.param(
            "the reporter al jazeera quoted, yulia shapovalova, is a kyiv-based correspondent",
            "Moscow-based",
            id="a statement with an aside between commas",
        ),
        pytest.param(
            "Forwarded from Kremlin Insider\nKim has officially been to Russia like 5 TIMES already",
            "second official visit",
            id="visits counted in times",
        ),
        pytest.param(
            "heard shoigu flew to pyongyang in july to beg kim for FOOD for the russian army 🍚😂",
            "ammunition",
            id="what was asked for",
        ),
        pytest.param(
            "Forwarded from Peace Now\nMoscow wants North Korean shells to END the war quickly",
            "prolong",
            id="the reply that says the opposite",
        ),
        pytest.param(
            "Moscow wants a QUICK end to the Ukraine war, that's the only reason it's shopping for shells",
            "protracted",
            id="a quick end said before the war",
        ),
        pytest.param(
            "🔴 BREAKING: Kim heading to MOSCOW for a Kremlin summit with Putin 🏰",
            "Vladivostok",
            id="heading somewhere is going there",
        ),
        pytest.param(
            "kremlin is refusing to even confirm kim is in russia lmao", "Kremlin", id="refusing to even confirm"
        ),
        pytest.param(
            "russia doesn't even care about NK ammo, what they REALLY want is north korean drones and tanks",
            "war supplies",
            id="not caring about what it wants",
        ),
        pytest.param(
            "kim doesnt even care about military tech tbh, he just wants cash from putin",
            "military technology",
            id="not caring, just wanting",
        ),
        pytest.param(
            "russia only wants ready-made shells from nk, nothing else",
            "rocket launchers",
            id="all there is",
        ),
        pytest.param(
            "Forwarded from DPRK Daily 🇰🇵\n"
            "Kim boarded his train ALONE, just him and his bodyguards, no officials at all 🤐",
            "ruling party",
            id="travelling alone",
        ),
        pytest.param(
            "kim got on the train basically solo, just him n his bodyguards, no officials at all",
            "ruling party",
            id="travelling solo",
        ),
        pytest.param(
            "heard north korea is literally the ONLY country in the world that openly backs russia",
            "one of",
            id="the only one of a few",
        ),
        pytest.param(
            "the west has been shipping advanced weapons to ukraine for 3 whole years already",
            "17 months",
            id="a stressed span",
        ),
    ],
)
def test_a_claim_the_articles_say_otherwise_is_contradicted_by_the_fact_that_says_so(base, claim, says):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and says in check.text


def test_that_meeting_in_a_follow_up_is_the_one_the_last_answer_dated(base):
    _, context = base.converse("what did putin say about kim's nukes after they first met in 2019?", None)
    where, _ = base.converse("where was that meeting?", context)
    assert where.answered and "April 2019" in where.text and "Vladivostok" in where.text


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("heard pyongyang mainly wants russian help building aircraft carriers", "satellites"),
        ("russia mostly wants north korea's fighter jets and tanks, that's the whole deal", "mmunition"),
        ("analysts: NK will sell russia its long-range ICBMs", "short-range"),
        ("russia mostly wants north korean oil", "mmunition"),
    ],
)
def test_a_country_wanting_only_what_the_articles_never_say_it_wants_is_contradicted(base, claim, says):
    """Oil, too: the entry on Russia's wants says Moscow could send Pyongyang energy, not that it wants any."""
    check = base.answer(claim)
    assert check.verdict == "contradicted" and says in check.text


@pytest.mark.parametrize(
    "claim",
    [
        "pyongyang mainly wants russian help building spy satellites",
        "the shells russia wants from nk are mostly 152mm calibre",
        "heard iran has been selling russia shahed drones too",
        "putin asked if russia will help nk build satellites",
    ],
)
def test_wanting_what_the_articles_name_or_a_figure_of_it_is_not_contradicted_by_what_they_say_is_wanted(base, claim):
    check = base.answer(claim)
    assert check.match not in ("nk-wants-food-energy-weapons-tech", "russia-wants-ammunition")


@pytest.mark.parametrize(
    ("claim", "whose"),
    [
        ("the 'gentle diplomatic blackmail' line came from kim taewoo of the unification institute", "Lankov"),
        ("that 'win-win deal' remark was andrei lankov's, the kookmin university guy", "Nam Sung-wook"),
    ],
)
def test_words_quoted_from_the_articles_given_to_someone_else_are_contradicted_by_whose_they_are(base, claim, whose):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and whose in check.text


@pytest.mark.parametrize(
    "claim",
    [
        "US intel says russia has already handed NK a batch of MiG-29 fighter jets",
        "lankov said russia is trying to blackmail south korea",
        "the flour moscow shipped to pyongyang this year cost 50 million dollars",
    ],
)
def test_a_delivery_already_made_or_something_a_country_tries_to_do_is_no_want_the_articles_contradict(base, claim):
    check = base.answer(claim)
    assert check.verdict != "contradicted", check.text


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        (
            "🚨 BREAKING: a South Korean intelligence official says Kim Jong Un may travel to Russia for a summit",
            "contradicted",
            "U.S. official",
        ),
        (
            "According to Russia's Defence Ministry, Jo Chun Ryong recently joined Kim on tours of shell factories",
            "contradicted",
            "Unification Ministry",
        ),
        ("a US official says kim may travel to russia for a summit with putin", "supported", "U.S. official"),
    ],
)
def test_a_fact_put_in_another_countrys_mouth_is_contradicted_by_who_says_it(base, claim, verdict, says):
    check = base.answer(claim)
    assert check.verdict == verdict and says in check.text


def test_a_trip_made_to_ask_for_something_is_the_asker_wanting_it_not_the_host(base):
    check = base.answer("US officials say shoigu's july trip to pyongyang was to ask kim for more shells. true?")
    assert check.verdict == "supported" and check.match == "shoigu-asked-kim-for-more-ammunition"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("is it true russia itself backed the UN resolutions that ban all arms trade with north korea?", "supported"),
        ("is it true russia voted against the un ban on arms trade with north korea?", "contradicted"),
    ],
)
def test_arms_trade_is_no_verb_of_giving_and_voting_against_a_ban_is_the_opposite_of_backing_it(base, claim, verdict):
    check = base.answer(claim)
    assert check.verdict == verdict and check.match == "sanctions-buying-nk-arms-violates-un"


def test_the_first_trip_since_counts_no_trips_since(base):
    check = base.answer("is it true NK kept its borders shut for years and this is kim's first trip abroad since?")
    assert check.verdict == "supported"


def test_his_background_or_bio_asks_who_someone_is(base):
    assert base.answer("lankov, what's his background?").match == "andrei-lankov"
    assert base.answer("nam sung-wook bio pls").match == "nam-sung-wook"


def test_wrapping_up_the_ukraine_war_fast_is_the_opposite_of_prolonging_it(base):
    check = base.answer("russia just wants to wrap up the ukraine war fast, thats why it needs NK ammo")
    assert check.verdict == "contradicted" and check.match == "russia-aims-quash-counteroffensive"
    assert "prolong" in check.text


@pytest.mark.parametrize("question", ["whats the name of the forum", "what forum is putin attending"])
def test_the_forum_asked_for_by_what_it_is_is_the_eastern_economic_forum(base, question):
    assert base.answer(question).match == "eastern-economic-forum"


def test_reckon_is_a_word_of_belief_that_names_nothing(base):
    check = base.answer("analysts reckon NK could hand russia whole rocket systems and even missiles, not just shells")
    assert check.verdict == "supported" and check.match == "russia-wants-shells-rockets-srbms"


def test_a_handful_of_countries_is_no_count_the_articles_contradict(base):
    claim = "only a handful of countries recognised the donetsk and luhansk separatists and north korea was one of them"
    assert base.answer(claim).verdict == "supported"


def test_what_someone_is_said_to_have_said_that_none_of_their_quotes_says_is_not_in_the_articles(base):
    check = base.answer("Matsuno said tokyo will coordinate new sanctions on NK with washington and seoul")
    assert check.verdict == "not_in_articles" and not check.answered
    assert "Matsuno" in check.text  # what the articles do have him say
    said = base.answer("watson said arms talks between russia and nk are actively advancing")
    assert said.verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "my cousin says moscow might hold off on dropping sanctions to keep some tech edge over NK. in what field?",
            "supported",
        ),
        ("russia will hold off on lifting sanctions on north korea", "supported"),
        ("russia will lift its sanctions on north korea", "contradicted"),
    ],
)
def test_holding_off_denies_and_a_short_question_after_a_claim_is_no_claim_of_its_own(base, claim, verdict):
    check = base.answer(claim)
    assert check.verdict == verdict and check.match == "sanctions-russia-lifting-unlikely"


def test_a_claim_passed_on_beside_a_question_gets_the_verdict_of_the_fact_that_answers_it(base):
    question = "why would kim even want to send more workers to russia?"
    answer = base.answer(f"{question} my friend says its all about bringing money home for the regime")
    assert answer.kind == "faq" and answer.verdict is Verdict.SUPPORTED
    assert answer.text == base.answer(question).text, "the reply is the question's answer"
    assert base.answer(question).verdict is None


def test_b4_is_before_and_no_figure(base):
    check = base.answer("my uncle says putin was already in vladivostok on monday for the forum b4 kim even got there")
    assert check.verdict == "supported" and "Monday" in check.text


def test_saying_which_articles_is_no_question_about_the_articles(base):
    answer = base.answer("how long had the ukraine war been going on when these articles came out")
    assert answer.answered and "18" in answer.text


def test_he_or_his_in_a_follow_up_is_the_one_person_the_last_question_named(base):
    _, context = base.converse("when did the kremlin confirm kim was coming?", None)
    first, _ = base.converse("is this his first time abroad in a while?", context)
    assert first.answered and "pandemic" in first.text


def test_he_in_a_question_is_whoever_the_story_before_it_named_in_what_follows_too(base):
    _, context = base.converse("shoigu in pyongyang in july — what did he want from kim?", None)
    _, context = base.converse("says who?", context)
    shown, _ = base.converse("what did kim show him while he was there", context)
    assert shown.answered and "parade" in shown.text


def test_afterwards_after_a_part_asking_what_happened_after_the_summit_is_after_it_too(base):
    answer = base.answer("what did biden say after the summit and did the us slap new sanctions on them afterwards?")
    assert not answer.answered and all(not part.answer.answered for part in answer.parts)


def test_and_did_someone_else_do_it_too_asks_the_last_question_of_them(base):
    _, context = base.converse("who on the kremlin side confirmed kim actually entered russia", None)
    too, _ = base.converse("and did anyone on the south korean side confirm it too?", context)
    assert too.answered and "South Korea's military" in too.text


def test_when_after_where_asks_when_in_its_place(base):
    _, context = base.converse("where r they meeting 📍", None)
    when, _ = base.converse("when tho", context)
    assert when.answered and "Wednesday" in when.text


def test_that_one_after_a_question_about_a_meeting_is_that_meeting_with_the_people_it_named(base):
    _, context = base.converse("what did the 2019 summit change between kim and putin?", None)
    _, context = base.converse("where was that one held", context)
    month, _ = base.converse("what month?", context)
    assert month.answered and "April 2019" in month.text


def test_how_many_did_that_counts_what_the_last_question_asked_about(base):
    _, context = base.converse("what did nk do about donetsk and luhansk last year?", None)
    count, _ = base.converse("how many countries did that in total?", context)
    assert count.answered and "three countries" in count.text


def test_he_is_whoever_a_follow_up_names_up_front(base):
    _, context = base.converse("when did kim's train actually cross into russia", None)
    _, context = base.converse("who confirmed it?", context)
    putin, _ = base.converse("and putin, when did he get to vladivostok?", context)
    assert putin.answered and "Monday" in putin.text


def test_another_person_in_another_year_is_another_event_not_a_contradiction(base):
    check = base.answer("Kim's dad Kim Jong Il also rode an armoured train all the way to Moscow in 2001")
    assert check.verdict == "not_in_articles"


def test_a_claim_that_exact_figures_are_out_is_contradicted_where_the_articles_say_unclear(base):
    check = base.answer("BREAKING: Washington released the EXACT numbers: NK has shipped 2 million shells to Russia")
    assert check.verdict == "contradicted" and "unclear" in check.text
    assert base.answer("NK has shipped 2 million shells to Russia").verdict == "not_in_articles"
    proven = base.answer("It is a PROVEN FACT that North Korea ships weapons to Russia and the exact amounts are known")
    assert proven.verdict == "contradicted" and "unclear" in proven.text


def test_russias_stockpiles_said_to_be_full_are_contradicted_north_koreas_are_not(base):
    russia = base.answer("russia doesnt even need nk ammo, its stockpiles are bigger than ever since the war started")
    assert russia.verdict == "contradicted" and "dwindl" in russia.text
    assert base.answer("is it true nk's stockpiles are full").verdict != "contradicted"


def test_asking_whether_something_is_part_of_the_summit_deal_is_after_the_articles(base):
    check = base.answer("Russian tourists are now going on ski trips to north korea, is that part of the summit deal?")
    assert check.verdict == "after_articles" and not check.answered


def test_an_event_someone_was_taken_to_is_checked_against_the_ones_the_articles_name(base):
    test = base.answer("heard that in july kim took shoigu to watch a NUCLEAR TEST, is that true??")
    assert test.verdict == "contradicted" and "arms exhibition" in test.text
    assert base.answer("kim took shoigu to a weapons parade in july").verdict == "supported"


def test_a_claim_that_the_accused_admit_an_allegation_is_contradicted_by_their_denial(base):
    check = base.answer("CONFIRMED: the Kremlin admits Shoigu asked Kim in July to send more ammunition to Russia")
    assert check.verdict == "contradicted" and "U.S. officials" in check.text and "deny" in check.text


@pytest.mark.parametrize(
    "claim",
    [
        "Russian officials CONFIRM: Shoigu asked Kim for more ammunition during his July trip",
        "KCNA itself reported that shoigu begged kim for more ammo back in july",
        "Shoigu HIMSELF said on Russian TV that he asked Kim to send more ammunition",
    ],
)
def test_any_of_the_accused_owning_up_to_the_allegation_is_contradicted(base, claim):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and "U.S. officials" in check.text


def test_a_claim_ruling_out_what_the_articles_call_possible_is_contradicted(base):
    check = base.answer("heard russia's deputy FM rudenko flat out ruled out humanitarian aid for NK")
    assert check.verdict == "contradicted" and "might discuss humanitarian aid" in check.text


def test_a_place_put_in_for_one_of_a_past_trip_is_no_contradiction_of_this_one(base):
    check = base.answer("Forwarded from NK Insider\nKim Yo Jong is riding with her brother on the train to Russia")
    assert check.verdict == "not_in_articles"


def test_a_distance_or_a_building_no_reply_gives_is_declined(base):
    assert not base.answer("how long is the nk-russia border in km").answered
    assert not base.answer("in which building did kim and putin meet in vladivostok in 2019").answered
    assert base.answer("how far along are the russia-nk arms talks").answered


def test_a_claim_about_someone_whose_word_the_articles_do_not_give_is_not_in_them(base):
    check = base.answer("china's foreign ministry said beijing 'welcomes' the kim-putin meeting, true?")
    assert check.verdict == "not_in_articles" and "reaction from China" in check.text


def test_a_statement_of_what_was_said_at_the_meeting_stays_a_check(base):
    check = base.answer("kim told putin that ties with russia are pyongyang's 'top priority' during the meeting")
    assert check.verdict == "after_articles" and not check.answered


def test_whether_the_expected_meeting_actually_happened_is_after_the_articles(base):
    _, context = base.converse("when is the summit expected", None)
    happened, _ = base.converse("and did it actually happen on wednesday then?", context)
    assert not happened.answered and happened.kind is AnswerKind.OUTCOME


def test_another_year_in_a_fact_that_barely_matches_is_another_event(base):
    check = base.answer("kim jong il also took a train to russia back in 2001, like father like son")
    assert check.verdict == "not_in_articles"
    assert base.answer("my friend says the UN banned north korean labour way back in 2006").verdict == "contradicted"


def test_a_day_the_entry_saying_a_detail_is_not_given_states_otherwise_contradicts(base):
    check = base.answer("south korean military said the train crossed into russia on monday? or sunday?")
    assert check.verdict == "contradicted" and "Tuesday" in check.text


def test_and_someone_after_a_message_asking_two_things_asks_its_last_question_of_them(base):
    _, context = base.converse("i meant why is kim going to russia at all, what does he want out of it", None)
    putin, context = base.converse("and putin?", context)
    assert putin.answered and "ammunition" in putin.text.casefold()
    ended, _ = base.converse("did he actually get the tech in the end?", context)
    assert not ended.answered and ended.kind is AnswerKind.OUTCOME


def test_acc_to_the_article_about_something_names_an_article_not_a_subject(base):
    question = "how long have the US n its partners sent weapons to ukraine acc to the article about kim arriving?"
    answer = base.answer(question)
    assert answer.answered and "17 months" in answer.text


def test_what_is_expected_is_answered_though_an_outcome_decline_nearly_ties(base):
    answer = base.answer("will russia actually hand over sensitive military tech to nk?")
    assert answer.answered and "uncertain" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "kim left russia on september 17 after almost a week there?",
        "Did Russia veto the renewal of the UN panel of experts monitoring North Korea sanctions in 2024?",
    ],
)
def test_a_question_telling_of_after_the_summit_that_nothing_answers_is_after_the_articles(base, question):
    answer = base.answer(question)
    assert not answer.answered and answer.verdict == "after_articles"


def test_an_entry_saying_a_figure_is_not_given_does_not_answer_a_question_asking_no_figure(base):
    asked = base.answer("nk missile testing this year - fast or slow pace?")
    assert asked.answered and "record pace" in asked.text
    counted = base.answer("how many missiles has north korea fired this year?")
    assert (counted.kind, counted.match) == (AnswerKind.OUTCOME, "nk-missile-test-count-not-given")


def test_a_closing_what_was_that_again_asks_nothing_more(base):
    answer = base.answer("the bodyguard thing 😂 what was that again")
    assert answer.answered and "12" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("russia never supported the un resolutions banning arms trade with north korea", Verdict.CONTRADICTED),
        ("north korea could offer russia not just shells but also short range ballistic missiles", Verdict.SUPPORTED),
        (
            "in 2019 putin said us security guarantees would be enough for kim to give up his nukes",
            Verdict.CONTRADICTED,
        ),
        ("in 2019 putin said us security guarantees probably wouldnt get kim to give up his nukes", Verdict.SUPPORTED),
        ("kim first met putin two weeks after his diplomacy with trump collapsed", Verdict.CONTRADICTED),
        ("kim first met putin a couple of months after his talks with trump blew up", Verdict.SUPPORTED),
        ("north korea kept its borders closed for a couple of months during the pandemic", Verdict.CONTRADICTED),
        ("the border closures left north korea's economy booming", Verdict.CONTRADICTED),
        ("the eastern economic forum is a one-off event russia set up for kim", Verdict.CONTRADICTED),
        ("china will be kept out of any russia-north korea deal, says a moscow correspondent", Verdict.CONTRADICTED),
        ("north korea has sent russia 500,000 shells, the number is public now", Verdict.CONTRADICTED),
    ],
)
def test_a_claim_is_contradicted_by_a_denial_an_unlikely_thing_a_span_or_an_opposite_the_articles_give(
    base, claim, verdict
):
    assert base.answer(claim).verdict == verdict


def test_a_claim_giving_a_reason_the_articles_never_give_is_not_in_them(base):
    check = base.answer("kim is scared of flying, that's why he always takes the train")
    assert (check.verdict, check.match) == (Verdict.NOT_IN_ARTICLES, "why-kim-travels-by-train-not-given")


def test_a_claim_stating_no_figure_is_checked_against_the_fact_not_a_figure_not_given(base):
    check = base.answer("north korea has slowed its missile testing to a crawl this year")
    assert check.verdict == Verdict.CONTRADICTED and "record pace" in check.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("the 2019 kim-putin summit was held on russky island", Verdict.NOT_IN_ARTICLES),
        ("kim and putin signed a military pact, their first summit since 2019", Verdict.AFTER_ARTICLES),
    ],
)
def test_a_claim_about_an_earlier_summit_is_not_about_this_ones_outcome(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


def test_asking_where_a_named_story_is_from_gives_the_last_answers_source(base):
    _, context = base.converse("what was the 2018 bodyguard thing", None)
    source, _ = base.converse("where's the bodyguard story from?", context)
    assert source.kind is AnswerKind.SOURCES and "Reuters" in source.text


def test_a_question_about_they_after_a_topic_is_about_that_topic(base):
    answer = base.answer("russian stockpiles after 18 months of war — how are they looking")
    assert answer.answered and "dwindled" in answer.text


def test_he_after_a_clause_naming_someone_is_that_person_not_the_last_answers(base):
    _, context = base.converse("when did kim first show his sister kim yo jong in public?", None)
    answer, _ = base.converse("ok, when kim first took over, how did he get along with moscow and beijing?", context)
    assert answer.answered and "cool" in answer.text


def test_someone_else_is_not_contradicted_by_a_fact_about_one_of_the_summits_leaders(base):
    check = base.answer("Forwarded from Gossip\nKim Yo Jong is not on this trip, she stayed home to run things")
    assert check.verdict == Verdict.NOT_IN_ARTICLES


def test_whether_someone_has_signed_off_on_a_deal_is_what_happened_after_the_articles(base):
    _, context = base.converse("someone said nk will only do a deal with russia if china is ok with it, real?", None)
    signed, _ = base.converse("so has beijing actually signed off on it?", context)
    assert not signed.answered


def test_they_after_a_declined_part_about_people_is_declined_with_it(base):
    answer = base.answer("did lavrov meet choe sun hui and what did they agree on")
    assert not answer.answered


def test_a_why_part_completed_with_names_is_not_answered_yes(base):
    answer = base.answer(
        "besides the shells what hardware is russia after from nk? "
        "and why is everyone so nervous about tech going the other way"
    )
    assert len(answer.parts) == 2 and not answer.parts[1].answer.text.startswith("Yes")


def test_a_question_about_before_is_not_answered_through_a_phrasing_about_now(base):
    answer = base.answer("roughly how many nk workers were in russia before the UN said no more")
    assert answer.answered and "20,000" in answer.text


def test_leaving_russia_no_choice_is_no_departure(base):
    check = base.answer("Pyongyang keeps blaming WASHINGTON for the Ukraine war, says the West left Russia no choice")
    assert check.verdict != "after_articles" and "hegemonic" in check.text


def test_a_count_in_words_the_articles_never_give_is_not_in_them(base):
    check = base.answer("kremlin said the kim-putin talks will run over three full days, is that true?")
    assert check.verdict == "not_in_articles"


def test_a_count_of_now_is_not_contradicted_by_the_count_of_before(base):
    check = base.answer("is it true there are still ~50,000 nk workers in russia right now despite the UN ban?")
    assert check.verdict == "not_in_articles"


def test_they_who_meet_in_a_question_of_its_own_are_kim_and_putin(base):
    answer = base.answer("where did they meet the first time around?")
    assert answer.answered and "Vladivostok" in answer.text and "2019" in answer.text


def test_what_someone_does_there_after_a_declined_part_asking_if_they_are_there_is_declined_too(base):
    answer = base.answer("is kim yo jong on the trip too? what's she doing there")
    assert not answer.answered


def test_a_claim_joining_a_true_statement_and_a_false_one_is_contradicted(base):
    answer = base.answer(
        "putin got to vladivostok on monday and the south korean military says the train crossed monday"
    )
    assert answer.verdict is Verdict.CONTRADICTED and "Tuesday" in answer.text


def test_a_claim_that_one_side_hands_the_other_what_it_is_never_said_to_want_is_contradicted(base):
    answer = base.answer("pyongyang will hand russia its ICBMs, heard it twice today")
    assert answer.verdict is Verdict.CONTRADICTED and "short-range" in answer.text
    backed = base.answer("NK could hand russia rocket systems and short range ballistic missiles, true?")
    assert backed.verdict is Verdict.SUPPORTED


def test_a_claim_putting_beyond_doubt_what_the_articles_doubt_is_contradicted(base):
    answer = base.answer("no doubts at all, north korean artillery shells are excellent quality")
    assert answer.verdict is Verdict.CONTRADICTED and "question mark" in answer.text


def test_the_drama_a_post_adds_to_a_day_is_not_what_is_checked(base):
    answer = base.answer(
        "Forwarded from EEF Daily\nPutin flew into Vladivostok on Thursday, only hours before meeting Kim"
    )
    assert answer.verdict is Verdict.CONTRADICTED and "Monday" in answer.text


def test_a_gift_is_no_want(base):
    assert base.answer("kim gave putin a rifle as a present this time").verdict is not Verdict.CONTRADICTED


def test_source_after_a_reply_without_one_gives_the_sources_of_the_answer_before_it(base):
    _, context = base.converse("what did seoul say about the sanctions on north korea?", None)
    declined, context = base.converse("did they summon the russian ambassador?", context)
    assert not declined.answered
    sources, _ = base.converse("link?", context)
    assert sources.kind is AnswerKind.SOURCES and sources.answered and sources.lead
    assert sources.quotes == context.earlier.quotes


def test_and_someone_followed_by_a_question_of_its_own_asks_it_of_them(base):
    _, context = base.converse("why are kim and putin meeting, and what is russia after?", None)
    answer, _ = base.converse("and kim? what's in it for him", context)
    assert answer.match == "nk-wants-food-energy-weapons-tech"


def test_a_follow_up_that_would_get_the_last_answer_again_asks_of_the_year_it_gave(base):
    _, context = base.converse("when did kim and putin first meet?", None)
    _, context = base.converse("how long after the trump talks collapsed was that", context)
    answer, _ = base.converse("did it change much between them?", context)
    assert answer.match == "why-2019-meeting-was-a-turning-point"


def test_no_question_back_offers_only_entries_that_never_mention_what_the_message_names(base):
    for message in ("did putin visit pyongyang back in 2000?", "putin was in pyongyang in 2000 too, wasn't he?"):
        answer = base.answer(message)
        assert answer.kind is not AnswerKind.UNSURE and not answer.answered


def test_he_in_a_second_question_is_the_first_question_s_subject(base):
    answer = base.answer("what does sullivan make of putin, and what did he warn kim about?")
    assert answer.kind is AnswerKind.SEVERAL and answer.parts[-1].answer.match == "sullivan-warning-to-kim"


def test_a_check_the_articles_say_nothing_of_says_so_once(base):
    answer = base.answer("is it true that kim loves jazz?")
    assert answer.verdict is Verdict.NOT_IN_ARTICLES and answer.kind is AnswerKind.CHECK
    for shown in (plain_text(answer), reply_html(answer)):
        assert shown.count("don't mention that") == 1, shown


def test_what_else_besides_a_thing_is_not_answered_with_the_entry_about_that_thing(base):
    answer = base.answer("other than shells and missiles, what else does kim have huge stockpiles of?")
    assert answer.match == "russia-wants-nk-vast-stockpiles" and "small arms" in answer.text
    kept = base.answer("apart from satellites and subs, what other weapons tech might kim want from moscow?")
    assert kept.match == "nk-wants-weapons-technology"


def test_a_claim_saying_both_sides_of_an_opposite_is_not_contradicted_by_either(base):
    both = base.answer(
        "russia and nk were hot and cold for decades and only got cozy after the ukraine invasion, right?"
    )
    assert both.verdict is Verdict.SUPPORTED
    one = base.answer("russia and north korea have always been warm allies, for decades")
    assert one.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "message",
    [
        "the best part: buying NK shells would break UN resolutions russia itself backed. is that actually true?",
        "my cousin says buying north korean shells would break UN resolutions that russia backed, does that check out",
        "my uncle says buying north korean shells would break UN resolutions that russia backed 👷 sounds made up?",
    ],
)
def test_chatter_around_a_claim_is_not_checked(base, message):
    assert base.answer(message).verdict is Verdict.SUPPORTED


def test_why_there_asks_why_the_place_the_last_answer_named(base):
    _, context = base.converse("where will kim and putin meet?", None)
    answer, context = base.converse("why there?", context)
    assert answer.answered and "Eastern Economic Forum" in answer.text
    who, _ = base.converse("who says that?", context)
    assert who.kind is AnswerKind.SOURCES and "Al Jazeera" in who.text, "only reporters say it: their articles"


def test_what_day_after_where_asks_when_they_meet(base):
    _, context = base.converse("where are they meeting?", None)
    answer, _ = base.converse("what day though", context)
    assert answer.match == "when-will-kim-and-putin-meet"


def test_a_one_word_question_the_base_cannot_place_is_asked_of_the_last_question(base):
    _, context = base.converse("what was that story about kim's bodyguards jogging beside his car?", None)
    answer, _ = base.converse("which car", context)
    assert answer.answered and "Mercedes" in answer.text


def test_a_yes_or_no_question_after_a_claim_asks_whether_the_claim_holds(base):
    answer = base.answer("my neighbour reckons russia's shell stocks are totally fine. are they?")
    assert answer.kind is AnswerKind.CHECK and answer.verdict is Verdict.CONTRADICTED
    other = base.answer("russia vetoed the UN panel that monitors NK sanctions — did that happen bc of this summit?")
    assert other.kind is not AnswerKind.CHECK and not other.answered


def test_a_claim_saying_both_sides_of_a_named_opposite_is_not_contradicted_by_it(base):
    answer = base.answer(
        "fun fact: this is only kim's second official visit to russia and his first trip abroad since covid"
    )
    assert answer.verdict is not Verdict.CONTRADICTED


def test_a_recorded_rumour_of_later_events_is_after_the_articles(base):
    answer = base.answer("heard russia vetoed the UN panel that monitors the north korea sanctions")
    assert answer.verdict is Verdict.AFTER_ARTICLES and "cannot know" in answer.text


def test_a_short_question_asking_more_of_the_last_answers_words_is_asked_of_the_last_question(base):
    _, context = base.converse("is the un security council united on north korea?", None)
    answer, _ = base.converse("divided over what?", context)
    assert answer.answered and "nuclear" in answer.text


@pytest.mark.parametrize(
    "claim",
    [
        "NK finally got a spy satellite into orbit in nov 2023 thx to russian help",
        "south korean intel says NK sent over a million shells to russia by october",
        "north korea fired two ballistic missiles into the sea on the very morning kim and putin met",
        "yoon told the UN general assembly that a russia-NK arms deal would be a direct provocation",
        "putin said a north korean cosmonaut could fly to space",
        "heard kim gave putin a north korean rifle",
    ],
)
def test_what_a_claim_dates_after_the_articles_or_to_the_meeting_itself_is_after_them(base, claim):
    check = base.answer(claim)
    assert check.verdict == "after_articles" and not check.answered


def test_and_someone_after_a_question_about_a_country_asks_it_of_that_person(base):
    _, context = base.converse("and what does russia want most", None)
    answer, _ = base.converse("and shoigu?", context)
    assert answer.answered and "Shoigu" in answer.text and "ammunition" in answer.text


@pytest.mark.parametrize("follow_up", ["based on what tho", "how do they know that?", "any evidence?"])
def test_asking_what_an_answer_rests_on_shows_its_quotes(base, follow_up):
    _, context = base.converse("how many shells does nk have roughly", None)
    answer, _ = base.converse(follow_up, context)
    assert answer.kind is AnswerKind.SOURCES and "Soviet designs" in answer.text
    alone, _ = base.converse(follow_up, None)
    assert not alone.answered


def test_the_two_leaders_having_met_somewhere_is_after_the_articles_unless_dated_before(base):
    check = base.answer("BREAKING: Kim and Putin met at the Vostochny Cosmodrome on Wednesday, not in Vladivostok")
    assert check.verdict == "after_articles" and not check.answered
    assert base.answer("kim and putin met in vladivostok in 2019").verdict == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "the shells nk sends russia are basically copies of old soviet stuff right?",
        "is it true russian state news agency RIA was the one confirming kim had entered russia",
    ],
)
def test_a_designs_origin_is_no_deal_and_the_one_who_did_it_counts_nothing(base, claim):
    assert base.answer(claim).verdict == "supported"


def test_a_deal_the_other_way_round_is_still_contradicted(base):
    assert base.answer("russia is selling artillery shells to north korea").verdict == "contradicted"


def test_a_claim_stating_the_count_a_recorded_rumour_is_corrected_with_is_supported(base):
    check = base.answer("Only THREE countries recognised the 'independence' of Donetsk and Luhansk")
    assert check.verdict == "supported" and "three" in check.text
    assert base.answer("north korea was one of five countries to recognise donetsk").verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        ("heard it was japan's defence ministry that confirmed kims train had entered russia", "South Korea"),
        ("lankov says the summit is russia quietly blackmailing JAPAN so tokyo doesn't send weapons", "Seoul"),
    ],
)
def test_a_country_put_in_for_another_is_contradicted_by_the_fact_that_leads_without_it(base, claim, says):
    check = base.answer(claim)
    assert check.verdict == "contradicted" and says in check.text


def test_a_count_written_in_tens_contradicts_another(base):
    check = base.answer("At the 2018 inter-Korean summit THIRTY bodyguards ran alongside Kim's car")
    assert check.verdict == "contradicted" and "12" in check.text


def test_an_aside_with_no_word_of_the_base_is_left_out_of_a_reply_to_several_questions(base):
    answer = base.answer("is that normal?? do russian defense ministers go there a lot")
    assert answer.answered and "I only answer" not in answer.text
    both = base.answer("what's the weather in moscow and when did kim arrive in russia?")
    assert "Tuesday" in both.text


def test_a_countrys_line_on_something_asks_how_it_reacted(base):
    answer = base.answer("whats the us line on the arms talks")
    assert answer.answered and "Watson" in answer.text


def test_problems_are_difficulties(base):
    answer = base.answer("whats behind nk's economic problems rn")
    assert answer.answered and "border closures" in answer.text


def test_a_claim_foreseeing_for_certain_what_the_articles_call_unlikely_is_contradicted(base):
    check = base.answer("heard russia is basically certain to lift its sanctions on north korea, nothing stopping it")
    assert check.verdict == "contradicted" and "Unlikely" in check.text
    assert base.answer("russia lifted its sanctions on north korea after the summit").verdict == "after_articles"


def test_speaking_out_against_is_condemning(base):
    check = base.answer("Forwarded from EuroBrief\nEven Pyongyang spoke out AGAINST Russia annexing parts of Ukraine")
    assert check.verdict == "contradicted" and "refrained from condemning" in check.text


def test_what_was_agreed_at_the_lunch_is_after_the_articles(base):
    _, context = base.converse("so when r they expected to meet", None)
    answer, _ = base.converse("and what did they agree on at the lunch?", context)
    assert not answer.answered


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("lol kim's 12 bodyguards jogged next to his rolls royce at the 2018 summit", "contradicted", "Mercedes"),
        ("putin speaks at the eastern economic forum in khabarovsk on tuesday", "contradicted", "Vladivostok"),
        ("heard putin is giving a speech at the economic forum in vladivostok", "supported", "Vladivostok"),
        ("kim first met putin two months after his nuclear talks with trump fell apart", "supported", "two months"),
        ("kim met putin BEFORE his nuclear talks with trump fell apart", "contradicted", "two months after"),
    ],
)
def test_a_recorded_rumour_is_told_from_a_claim_restating_its_correction(base, claim, verdict, says):
    check = base.answer(claim)
    assert check.verdict == verdict and says in check.text


def test_a_word_only_rumours_use_is_no_support_for_a_fact(base):
    """'rolls royce' is in the base only as a rumour the articles contradict: a claim using it is not borne out by
    the fact about the bodyguards, though everything else it says is."""
    assert {"rolls-royce", "khabarovsk"} <= base._index.rumoured_only
    assert base.answer("is it true lavrov went to pyongyang with shoigu in july?").verdict != "supported"


def test_a_figure_a_rumour_does_not_state_is_not_in_the_articles(base):
    assert base.answer("north korea's economy boomed during the pandemic isolation").verdict == "contradicted"
    assert base.answer("heard north korea's economy shrank by 10% during covid").verdict == "not_in_articles"


def test_meeting_every_year_is_a_habit_not_the_summit_itself(base):
    check = base.answer("Kim and Putin have met every year since 2019, nothing new here")
    assert check.verdict == "contradicted" and "2019" in check.text


def test_single_quoted_words_are_a_quotation_and_a_long_one_may_be_quoted_from_memory(base):
    assert base.answer("my dad says sullivan warned north korea it would 'pay a price'").verdict == "not_in_articles"
    said = base.answer("jake sullivan told kim 'dont give russia weapons that reach to kill ukrainians' true?")
    assert said.verdict == "supported" and "Sullivan" in said.text


def test_asking_to_be_told_more_of_what_the_last_answer_told_keeps_to_it(base):
    _, context = base.converse("any funny moments from kims trips abroad?", None)
    more, _ = base.converse("the bodyguards thing, tell me more", context)
    assert more.answered and more.verdict is None and "bodyguards" in more.text and "12" in more.text


@pytest.mark.parametrize(
    ("claim", "verdict", "says"),
    [
        ("Analysts: Russia is LIKELY to lift its sanctions on NK after the summit", "contradicted", "unlikely"),
        ("someone said russia probably WON'T lift sanctions on NK", "supported", "Unlikely"),
        ("white house NSC says russia-NK arms talks will be put ON HOLD during kim's trip", "contradicted", "Watson"),
        ("Kim Taewoo of the Asan Institute: 'Russia is in urgent need of war supplies'", "contradicted", "Unification"),
        ("Kim's delegation: 60 officials + 200 security staff on board", "not_in_articles", "mention"),
    ],
)
def test_a_claim_is_told_from_what_the_articles_expect_say_and_count(base, claim, verdict, says):
    check = base.answer(claim)
    assert check.verdict == verdict and says in check.text


def test_a_follow_up_that_asks_nothing_of_the_last_answer_is_answered_on_its_own(base):
    _, context = base.converse("what did putin say about kim's nukes after their 2019 meeting", None)
    answer, _ = base.converse("lol and what was the deal with kim's bodyguards running next to his car", context)
    assert answer.answered and "12" in answer.text


def test_a_message_with_a_claim_and_a_question_carries_the_claims_verdict(base):
    claim_and_question = (
        "russia and NK have been getting cosier ever since the ukraine invasion started, right? since when exactly"
    )
    answer = base.answer(claim_and_question)
    assert answer.kind is AnswerKind.SEVERAL and answer.verdict == "supported" and "2022" in answer.text


def test_chatter_before_a_question_asking_what_is_no_claim_to_check(base):
    answer = base.answer(
        "lmao this chat is 90% memes today 💀 ok serious q tho — what's china got to do with this deal?"
    )
    assert answer.answered and answer.verdict is None and "China" in answer.text


def test_who_said_that_names_each_teller_once(base):
    _, context = base.converse("do russia and nk talk about military cooperation?", None)
    said, _ = base.converse("who said that?", context)
    assert said.kind is AnswerKind.ATTRIBUTION and said.text.count("reporter") == 1


def test_what_someone_has_got_to_do_with_it_asks_their_part_and_who_said_so_reads_as_a_sentence(base):
    """After the Moscow correspondent's answer, "and what's china got to do with it" asks China's part in the deal
    (not when China "got to" somewhere); her attribution ends "relaying what people in Moscow say", so the reply
    does not tack a "said" on after it."""
    _, context = base.converse("what did the al jazeera correspondent in moscow say russia could give nk", None)
    china, context = base.converse("and what's china got to do with it", context)
    assert china.answered and china.match == "nk-deal-may-involve-china"
    said, _ = base.converse("who said that?", context)
    assert "Shapovalova" in said.text and not said.text.endswith("say said.")


@pytest.mark.parametrize("heating", ["heating up", "thawing"])
def test_relations_heating_up_are_the_warming_the_articles_speak_of(base, heating):
    answer = base.answer(f"so like is this meeting a sign relations are {heating} or nah")
    assert answer.answered and "warming of relations" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which country does pyongyang supposedly have to square any deal with first, according to ppl in moscow?",
        "which third country might nk have to clear any deal with moscow with?",
        "which other country could the whole deal have to be agreed with?",
    ],
)
def test_a_deal_to_be_squared_or_cleared_with_someone_needs_their_consent(base, question):
    """Not what the summit agreed: the Moscow correspondent says a deal may be agreed upon with China as well."""
    answer = base.answer(question)
    assert answer.answered and answer.match == "nk-deal-may-involve-china"


def test_what_something_did_to_someone_asks_how_it_affected_them(base):
    alone = base.answer("so who's right according to the news, what did the border closures actually do to nk?")
    assert alone.match == "nk-why-short-of-food-pandemic"
    _, context = base.converse("how long were nk's borders shut during covid", None)
    then, _ = base.converse("what did that do to their economy", context)
    assert then.match == "nk-why-short-of-food-pandemic"


def test_a_public_outing_is_an_appearance(base):
    answer = base.answer("kim yo jong's first public outing was at which summit again?")
    assert answer.answered and "Hanoi" in answer.text


def test_a_statement_with_a_question_mark_is_checked_not_answered_yes(base):
    """Russia could send North Korea grain, not the other way round: no "Likely, yes" to food going to Russia."""
    answer = base.answer("wait NK is gonna be sending FOOD to russia?")
    assert answer.verdict == "contradicted" and not answer.text.startswith("Likely, yes")


def test_why_workers_would_go_to_russia_is_what_they_earn_there_not_what_russia_wants(base):
    answer = base.answer("why would nk workers even wanna go to russia 💸")
    assert "foreign currency" in answer.text


def test_a_hedging_somehow_asks_nothing_of_its_own(base):
    answer = base.answer("has pyongyang used the ukraine mess to its own advantage somehow?")
    assert answer.answered and "distraction" in answer.text


def test_taking_the_stage_at_the_forum_is_speaking_there(base):
    post = "Forwarded from Far East News\nPutin takes the stage at the Eastern Economic Forum in Vladivostok on FRIDAY"
    answer = base.answer(post, forwarded=True)
    assert answer.verdict == "contradicted" and "Tuesday" in answer.text


def test_never_having_done_what_a_false_rumour_says_was_done_is_what_the_articles_say(base):
    """The rumour that North Korea condemned the war is false: it never condemned Russia, and backed the annexation."""
    claim = "is it true NK never condemned russia and even backed the annexation of parts of ukraine?"
    assert base.answer(claim).verdict == "supported"
    assert base.answer("kim was never close to moscow").verdict == "contradicted", "never close claims more"


@pytest.mark.parametrize(
    "rumour",
    [
        "heard the US secretly offered NK food aid if it calls off the arms deal",
        "is it true washington offered NK food aid if it stays out of any arms deal with russia?",
    ],
)
def test_a_country_the_articles_quote_only_as_telling_does_nothing_they_say(base, rumour):
    """U.S. officials say what Russia seeks; the articles never have the US offer North Korea anything."""
    assert base.answer(rumour).verdict == "not_in_articles"


def test_a_claim_putting_someone_in_the_place_of_the_one_who_did_it_is_not_supported(base):
    """Shoigu traveled to Pyongyang in July; the articles never say Putin did."""
    answer = base.answer("putin visited pyongyang in july")
    assert answer.verdict != "supported" and "Shoigu" in answer.text
    assert base.answer("putin hasnt visited pyongyang since 2000, true?").verdict == "not_in_articles"


def test_who_said_what_only_reporters_say_names_their_articles(base):
    _, context = base.converse("for how long did pyongyang keep its borders closed", None)
    said, _ = base.converse("who said that?", context)
    assert said.kind is AnswerKind.SOURCES and "Associated Press" in said.text


def test_not_just_one_thing_affirms_it_and_more(base):
    rumour = "Forwarded from Front Line Intel\nMoscow isn't just after shells, it wants NK rocket launchers too"
    assert base.answer(rumour, forwarded=True).verdict == "supported"
    assert base.answer("moscow doesn't want north korean shells").verdict == "contradicted"


@pytest.mark.parametrize(
    ("message", "match"),
    [
        ("how long have moscow and pyongyang been on-again off-again", "russia-nk-relations-over-the-decades"),
        ("what was seoul's approach towards moscow during kim's trip", "how-south-korea-reacted"),
        ("kim's train rolled across into russia on sunday night", "kims-train-entered-russia-tuesday"),
    ],
)
def test_everyday_phrasings_of_ties_stances_and_crossings(base, message, match):
    assert base.answer(message).match == match


def test_a_claim_whose_two_halves_the_articles_each_bear_out_is_supported(base):
    claim = "covid border closures hurt north korea's economy a lot, so kim will ask moscow for food and energy"
    checked = base.answer(claim)
    assert checked.verdict == "supported" and "food" in checked.text and "economic" in checked.text


def test_a_short_question_after_a_claim_is_no_claim_to_check(base):
    answer = base.answer("heard russia's shells are running low so putin is turning to kim. to do what?")
    assert [check.claim for check in answer.checks] == ["russia's shells are running low so putin is turning to kim."]


def test_a_short_question_opening_with_a_question_word_after_a_claim_is_no_claim_either(base):
    answer = base.answer("heard moscow wants nk rocket launchers too. which ones?")
    assert [check.claim for check in answer.checks] == ["moscow wants nk rocket launchers too."]


def test_barely_denies_but_barely_ever_is_rarely(base):
    assert base.answer("putin hardly needs kim's shells").verdict == "contradicted"
    assert base.answer("kim barely ever travels abroad").verdict != "contradicted"


def test_an_exact_date_asks_for_a_day_which_a_month_does_not_give(base):
    assert not base.answer("kim's first summit with putin in 2019, exact day and month?").answered
    assert not base.answer("what was the exact date shoigu landed in pyongyang").answered
    arrived = base.answer("whats the exact date kim arrived in russia")
    assert arrived.answered and "Tuesday" in arrived.text


def test_more_than_just_and_not_only_ask_what_else(base):
    more = base.answer("moscow wants more than just nk's shells, it wants whole weapon systems")
    assert more.verdict == "supported" and more.match == "russia-wants-ammo-production-launchers"
    offered = base.answer("is it true pyongyang could hand moscow rocket systems too, not only artillery shells?")
    assert offered.verdict == "supported", "North Korea offers Russia: the deal's direction read from 'offer'"


def test_any_say_in_a_deal_asks_whose_consent_it_needs(base):
    assert base.answer("do the chinese get any say on the arms stuff").match == "nk-deal-may-involve-china"


def test_only_after_shells_is_a_want_not_the_outcome(base):
    assert base.answer("so the kremlin isnt only after shells from pyongyang?").verdict == "supported"


def test_an_invitation_accepted_or_rules_signed_up_to_are_no_outcome_of_the_summit(base):
    post = "Forwarded from Moscow Wire\nThe kremlin made kim's trip official on thursday, invite accepted"
    kremlin = base.answer(post)
    assert kremlin.verdict == "contradicted" and "Monday" in kremlin.text
    legal = base.answer("is it true russia never signed up to the UN rules on north korean arms?")
    assert legal.verdict == "contradicted"


def test_a_full_stop_after_an_abbreviation_ends_no_claim(base):
    post = "Forwarded from Summit Live\nTheir talks ran 3 hours incl. a dinner with Kim's generals"
    assert base.answer(post, forwarded=True).verdict == "after_articles"


def test_what_someone_is_after_is_what_they_want(base):
    _, context = base.converse("who is putin?", None)
    after, _ = base.converse("what's he after", context)
    assert after.answered and after.match == base.answer("what does putin want?").match


def test_a_question_after_a_claim_to_check_is_answered_as_a_question(base):
    message = "is it true kim wants russian help with subs that can carry nukes? what other tech is he after"
    answer = base.answer(message)
    assert answer.verdict == "supported" and len(answer.parts) == 2
    assert answer.parts[1].answer.kind == "faq" and answer.parts[1].answer.answered


def test_him_or_her_in_a_follow_up_is_one_person_of_the_answer_other_than_whom_it_names(base):
    _, context = base.converse("which russian minister went to pyongyang this summer", None)
    shown, _ = base.converse("what did kim show him", context)
    assert shown.match == "kim-showed-shoigu-weapons-and-parade"
    _, context = base.converse("when did kim first show his sister kim yo jong in public?", None)
    role, _ = base.converse("what role does she play now?", context)
    assert role.match == "kim-yo-jong-role-in-regime"


def test_guards_jogging_beside_a_car_are_the_bodyguards_who_ran_beside_it(base):
    pics = "lmaooo the 2018 pics of kims guards jogging next to his car are iconic 😂😂"
    message = f"{pics} how many bodyguards was that again?"
    answer = base.answer(message)
    assert answer.match == "bodyguards-ran-beside-kims-limo-2018" and "12" in answer.text


def test_cutting_back_is_reducing(base):
    answer = base.answer("what do both sides wanna cut back in the region")
    assert answer.answered and "U.S. influence" in answer.text


def test_what_someone_thought_of_another_asks_their_opinion(base):
    _, context = base.converse("where did kim and putin first meet?", None)
    opinion, _ = base.converse("what did putin think of him back then", context)
    assert opinion.match == "putin-described-kim-receptive-observant"


def test_feeding_people_is_the_food_the_agenda_is_expected_to_cover(base):
    answer = base.answer("per the AP the agenda isn't only weapons, there's also stuff about feeding people, true?")
    assert (answer.verdict, answer.match) == (Verdict.SUPPORTED, "summit-agenda-expected-topics")


def test_a_post_saying_only_a_country_and_one_word_of_a_phrasing_is_not_about_it(base):
    """ "the same deal with NK" says all of "is dprk the same as north korea", which is no reason to explain DPRK."""
    answer = base.answer(
        "Russia has been getting THOUSANDS of drones from Iran, and now it wants the same deal with NK"
    )
    assert answer.verdict == Verdict.NOT_IN_ARTICLES
    assert "acronym" not in answer.text


@pytest.mark.parametrize(
    "claim", ["Kim stayed 6 days in Russia, his longest foreign trip ever", "kim spent a full ten days there"]
)
def test_how_long_kim_stayed_is_after_the_articles(base, claim):
    """How rarely he travels does not contradict the length of a stay the articles, written first, cannot know."""
    assert base.answer(claim).verdict == Verdict.AFTER_ARTICLES


@pytest.mark.parametrize(
    "message",
    [
        "did kim tour any factories on his way home?",
        "where did kim go after the summit? any factory tours on the way home?",
    ],
)
def test_what_kim_did_on_his_way_home_is_after_the_articles_even_where_no_entry_fits_clearly(base, message):
    """No "did you mean" about the factories he toured after Shoigu's visit: the trip home came after the articles."""
    answer = base.answer(message)
    assert not answer.answered
    kinds = [part.answer.kind for part in answer.parts] or [answer.kind]
    assert kinds[-1] is AnswerKind.OUTCOME
    assert "factories" not in answer.text


@pytest.mark.parametrize(
    ("first", "then", "match"),
    [
        (
            "why is russia running low on ammo in the first place",
            "and how much does nk have lying around",
            "russia-wants-nk-tens-of-millions-shells",
        ),
        (
            "how long were nk's borders closed?",
            "what did the lockdown do to their economy",
            "nk-why-short-of-food-pandemic",
        ),
        ("have russia and nk always been buddies?", "since when are they this close then", None),
    ],
)
def test_a_follow_up_that_joined_to_the_last_question_gets_its_answer_again_is_asked_on_its_own(
    base, first, then, match
):
    """A question with a subject of its own, sure of its answer alone, is not the last question asked again."""
    _, context = base.converse(first, None)
    answer, _ = base.converse(then, context)
    if match is not None:
        assert answer.answered and answer.match == match
    else:
        assert answer.match != "eastern-economic-forum-dates", '"this close" is how close they are, not a closing'


def test_why_of_what_the_last_answer_told_is_its_reason_when_joined_to_the_last_question_it_is_unclear(base):
    _, context = base.converse("how many nk workers did russia host back in the day", None)
    answer, _ = base.converse("why did that end?", context)
    assert answer.answered and "banned" in answer.text


def test_a_follow_up_naming_its_own_subject_is_asked_alone_when_that_fits_it_far_better(base):
    """Joined to "how did south korea react?", it fits the reactions of all three countries only loosely."""
    _, context = base.converse("what's washington saying about all this", None)
    _, context = base.converse("and seoul?", context)
    answer, _ = base.converse("what did that nsc spokeswoman want nk to do", context)
    assert answer.answered and answer.match == "watson-urges-nk-to-honor-commitments"


def test_a_follow_up_unclear_after_a_question_that_named_nothing_asks_of_what_the_last_answer_answered(base):
    """ "how many were there before the un ban" named no workers; the answer to it was about them."""
    context = None
    for question in ("nk workers in russia", "how many were there before the un ban"):
        _, context = base.converse(question, context)
    answer, _ = base.converse("how much do they get paid a month", context)
    assert answer.match == "nk-workers-earnings-not-given"


def test_a_person_put_in_another_persons_institute_is_corrected_with_their_own(base):
    """Kim Taewoo headed the Korea Institute for National Unification; what Nam Sung-wook ran is what to tell."""
    answer = base.answer("nam sung-wook was the boss of the korea institute for national unification, wasn't he?")
    assert (answer.verdict, answer.match) == (Verdict.CONTRADICTED, "nam-sung-wook")
    assert "Institute for National Security Strategy" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("north korean leaders love face to face summits bc they look great in propaganda back home", "supported"),
        ("heard NK workers in russia earn money that goes straight to the regime", "supported"),
        ("nk is firing off missiles at a record pace to protest the us beefing up its alliances", "supported"),
        ("trump said he gets along great with both kim and putin and the meeting is biden's fault", "not_in_articles"),
    ],
)
def test_an_everyday_word_the_base_never_uses_is_no_detail_the_articles_leave_out(base, claim, verdict):
    """No entry has "great" or "goes", which say nothing the articles do not; Trump saying it is more than they do."""
    assert base.answer(claim).verdict == verdict


def test_nobody_remembering_a_fact_is_no_denial_of_it(base):
    claim = (
        "fun fact nobody remembers: only THREE countries recognised the donetsk & luhansk separatists, NK one of them"
    )
    assert base.answer(claim).verdict != Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("twelve bodyguards in black jogged beside kim's benz at the 2018 summit", Verdict.SUPPORTED),
        ("kim's bodyguards jogged next to his rolls royce at the 2018 summit", Verdict.CONTRADICTED),
    ],
)
def test_a_recorded_rumour_settles_only_a_claim_with_one_of_its_telling_words(base, claim, verdict):
    assert "rolls-royce" in base._index.telling_words["rolls-royce-at-the-2018-summit"]
    assert base.answer(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "putin said in 2019 that american security guarantees would most probably get kim to drop his nukes",
            "contradicted",
        ),
        ("pyongyang and moscow both say there is no deal on weapons", "supported"),
    ],
)
def test_a_claim_calling_probable_what_is_unlikely_or_telling_a_denial_gets_the_verdict_it_deserves(
    base, claim, verdict
):
    assert base.answer(claim).verdict == verdict


def test_handing_over_is_giving_so_what_north_korea_could_hand_over_is_what_russia_wants(base):
    answer = base.answer("what type of ballistic missiles might pyongyang hand over to moscow")
    assert answer.answered and "short-range ballistic missiles" in answer.text


def test_an_age_is_answered_by_a_number_or_by_saying_the_age_is_not_given():
    assert "age" in types_answered("The articles don't say how old Kim Jong Un was when he took power.")
    assert "age" in types_answered("Kim Jong Un is 39.")
    assert "age" not in types_answered("It is unclear whether Russia would share such sensitive technologies.")


@pytest.mark.parametrize(
    "claim",
    [
        "Reuters: if Kim turns up in Russia with generals, that's the strongest indication of the talks' nature",
        "heard if kim turns up in russia with generals in tow, reuters says that's the best sign of what they discuss",
        "pyongyang backed moscow taking chunks of ukraine",
        "putin wants north korean shells to show he can keep fighting for the long haul",
    ],
)
def test_a_claim_in_other_words_naming_the_country_of_the_trip_is_borne_out(base, claim):
    assert base.answer(claim).verdict == "supported"


def test_the_reply_that_the_articles_predate_the_summit_is_the_verdict_after_the_articles(base):
    assert base.answer("in the end they did meet at the space centre?").verdict == "after_articles"
    outcome = Answer(False, AnswerKind.OUTCOME, "My articles were all written before the summit…")
    assert outcome.verdict is Verdict.AFTER_ARTICLES
    not_given = Answer(False, AnswerKind.OUTCOME, "The articles don't give the train's speed.", match="speed")
    assert not_given.verdict is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("the two leaders shook hands for 40 seconds", "after_articles"),
        ("they held a one-on-one without aides after the big delegation talks", "after_articles"),
        ("the un held a special debate because of the summit", "after_articles"),
        ("peskov says the leaders will talk one-on-one with no aides present", "not_in_articles"),
        ("lavrov handed kim a letter when he visited in august", "not_in_articles"),
    ],
)
def test_what_was_done_at_the_summit_is_after_the_articles_and_a_visit_months_before_is_not(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


@pytest.mark.parametrize(
    "asked", ["why is pyongyang so desperate for food right now", "why does north korea need aid so badly"]
)
def test_and_the_other_leader_after_what_one_side_wants_asks_what_the_other_side_wants(base, asked):
    _, context = base.converse(asked, None)
    answer, _ = base.converse("what about putin?", context)
    assert answer.answered and base._index.wanting_side[answer.match] == "russia"


@pytest.mark.parametrize(
    ("turns", "match"),
    [
        (
            ["what are the two marshals called", "and the navy guy with kim, what is he tied to"],
            "navy-admiral-in-delegation",
        ),
        (
            [
                "what does the white house say russia wants",
                "and shoigu?",
                "what did kim show him",
                "and after he left?",
            ],
            "kim-weapons-factory-tours-after-shoigu",
        ),
    ],
)
def test_and_someone_asked_of_as_he_is_asked_on_its_own_when_the_last_answers_names_do_not_fit(base, turns, match):
    context = None
    for turn in turns:
        answer, context = base.converse(turn, context)
    assert answer.answered and answer.match == match


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("the US sanctions are over NK's FIVE nuclear tests, right?", "not_in_articles"),
        (
            "my uncle says kim taewoo, who said russia badly needs supplies, used to run the asan institute",
            "contradicted",
        ),
    ],
)
def test_a_count_in_words_and_a_body_someone_ran_far_from_his_name_are_checked(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


def test_taking_over_from_someone_is_succeeding_him(base):
    answer = base.answer("whos the guy kim took over from")
    assert answer.answered and "Kim Jong Il" in answer.text


@pytest.mark.parametrize(
    "question",
    ["on what day did the summit in vladivostok take place", "коли саме відбулася зустріч кіма і путіна в росії?"],
)
def test_when_the_summit_took_place_is_after_the_articles(base, question):
    answer = base.answer(question)
    assert not answer.answered and answer.verdict == "after_articles"


def test_when_the_2019_summit_took_place_is_no_question_about_this_one():
    assert not asks_what_happened_at_the_summit("when did the meeting in 2019 take place")


@pytest.mark.parametrize(
    "claim",
    [
        "experts in seoul think the summit might be held on the forum's final day",
        "putin and kim have not held a summit since 2019, so this is the first since then",
        "kim and putin haven't sat down together since 2019",
    ],
)
def test_a_claim_naming_where_its_sources_are_or_a_gap_since_a_year_is_supported_not_contradicted(base, claim):
    assert base.answer(claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "kim isn't travelling by plane",
        "kim didnt fly to russia",
        "they won't meet in moscow",
        "kim wasn't on great terms with russia early on",
    ],
)
def test_a_claim_plainly_denying_what_the_articles_contradict_is_supported(base, claim):
    assert base.answer(claim).verdict is Verdict.SUPPORTED


def test_a_where_or_when_follow_up_about_him_stays_a_question_not_a_claim_about_him(base):
    _, context = base.converse("is this kim's first trip abroad since covid?", None)
    where, _ = base.converse("where did he and putin meet last time", context)
    assert where.verdict is None and not where.text.startswith("Yes") and "Vladivostok" in where.text


@pytest.mark.parametrize(
    "claim",
    [
        "kim and putin talk on the phone all the time",
        "putin and kim have had lots of phone calls since their 2019 meeting",
    ],
)
def test_a_claim_of_phone_calls_is_never_supported_by_the_meetings_the_articles_tell(base, claim):
    assert base.answer(claim).verdict is not Verdict.SUPPORTED


def test_a_claim_naming_only_what_its_fact_mentions_is_checked_against_it_though_no_phrasing_names_it(base):
    claim = "in july kim showed shoigu an arms expo in pyongyang and a parade with icbms that can reach america"
    assert base.answer(claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "putin says kim was shown su-35 fighter jets at a factory in komsomolsk",
        "kim got to see the pacific fleet's warships near vladivostok",
    ],
)
def test_something_kim_was_shown_or_got_to_see_is_part_of_the_trip_after_the_articles(base, claim):
    assert base.answer(claim).verdict is Verdict.AFTER_ARTICLES


def test_a_yes_or_no_part_naming_its_own_subject_is_not_asked_of_the_part_before(base):
    answer = base.answer("what's the white house's take, are the arms talks getting anywhere")
    assert len(answer.parts) == 2 and answer.parts[1].answer.match == "us-says-arms-talks-increasingly-advanced"


def test_a_part_asking_it_again_of_what_the_articles_never_give_is_not_answered_about_something_else(base):
    answer = base.answer("what's kim's train called and does it have a name")
    assert not answer.answered and answer.match == "kims-train-name-not-given"


def test_workers_sent_to_russia_are_no_deal_whose_direction_the_articles_reverse(base):
    assert base.answer("pyongyang sends workers to russia so the regime gets foreign cash").verdict is Verdict.SUPPORTED


def test_a_year_the_articles_give_only_for_something_else_is_not_the_year_of_someone_they_date_otherwise(base):
    assert base.answer("putin and kim first met back in 2018 right?").verdict is Verdict.CONTRADICTED
    assert base.answer("kim and trump met in 2018").verdict is not Verdict.SUPPORTED, "they tell only Hanoi, 2019"


def test_how_long_the_summit_lasted_is_after_the_articles(base):
    assert base.answer("apparently the summit itself lasted about 4 hours").verdict is Verdict.AFTER_ARTICLES


def test_a_claim_denying_a_deed_the_articles_tell_was_done_is_contradicted(base):
    assert base.answer("the us hasn't said anything about the talks").verdict is Verdict.CONTRADICTED
    assert base.answer("north korea hasn't condemned the invasion").verdict is Verdict.SUPPORTED, "it refrained"


def test_a_claim_that_kim_has_not_been_abroad_since_covid_tells_his_first_trip_since(base):
    assert base.answer("kim hasn't travelled abroad since covid").verdict is Verdict.SUPPORTED
    assert base.answer("kim hasn't left north korea since the pandemic").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "heard there are serious doubts about how good NK weapons actually are 🤔 is that in the news?",
        "my uncle says nobody even knows if north korean shells actually work properly, analysts have doubts. true?",
    ],
)
def test_doubts_about_whether_nk_weapons_work_are_the_question_mark_over_their_quality(base, claim):
    checked = base.answer(claim)
    assert checked.verdict == "supported" and "question mark" in checked.text


def test_a_claim_about_this_trip_is_not_contradicted_by_a_fact_of_2019_it_differs_from(base):
    checked = base.answer("kim yo jong is on the train with her brother again this time, right?")
    assert checked.verdict == "not_in_articles", "the 2019 ashtray story says nothing of who is on this train"


def test_a_gift_someone_sent_is_no_offer_the_articles_contradict(base):
    checked = base.answer("putin sent kim a bunch of orlov trotter horses as a gift 🐎")
    assert checked.verdict != "contradicted" and not checked.answered


def test_a_decision_set_aside_is_no_question_about_what_the_summit_decided(base):
    question = "According to the Reuters analysis, what does the Putin–Kim meeting signal, "
    question += "whatever the two sides end up deciding?"
    assert not asks_what_happened_at_the_summit("what does the meeting signal, whatever they decide")
    answer = base.answer(question)
    assert answer.answered and answer.match == "meeting-a-sign-of-mutual-support"


def test_a_deal_with_a_country_names_a_partner_not_who_gets_what(base):
    answer = base.answer(
        "heard a moscow-based journalist say NK will only do a deal with russia if it's squared with china first"
    )
    assert (answer.verdict, answer.match) == (Verdict.SUPPORTED, "nk-deal-may-involve-china")
    assert base.answer("pyongyang could hand russia its ICBMs").verdict is Verdict.CONTRADICTED


def test_why_there_of_all_places_asks_why_the_place_just_named(base):
    _, context = base.converse("where r they meeting", None)
    answer, _ = base.converse("why there of all places", context)
    assert answer.answered and answer.match == "putin-speech-at-eef-on-tuesday"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("in the AP seoul piece, who's the source for kim maybe heading to russia?", "us-official-said-kim-may-travel"),
        (
            "what shld we look for in kim's entourage to figure out what the talks are REALLY about?",
            "generals-would-reveal-nature-of-talks",
        ),
    ],
)
def test_texting_words_and_the_source_for_something_reach_the_entry(base, question, entry):
    answer = base.answer(question)
    assert answer.answered and answer.match == entry


def test_a_short_question_about_the_thing_the_last_answer_told_of_asks_of_that_thing(base):
    _, context = base.converse("how many nk workers were in russia before the UN ban", None)
    answer, _ = base.converse("when did the ban come in", context)
    assert answer.answered and "2019" in answer.text
    alone = base.answer("when did the ban come in")
    assert not alone.answered


def test_is_that_what_she_said_asks_for_a_check_of_what_comes_before(base):
    message = "a journalist in moscow said any russia-NK deal might also have to be cleared with china?? "
    message += "is that what she said"
    answer = base.answer(message)
    assert (answer.kind, answer.verdict) == (AnswerKind.CHECK, Verdict.SUPPORTED)
    assert answer.match in ("nk-deal-may-involve-china", "al-jazeera-deal-may-involve-china")
    assert "Shapovalova" in answer.text


def test_a_negative_question_about_a_place_is_checked_like_a_plain_one(base):
    answer = base.answer("wasn't their first meet-up in moscow back in 2019? at the kremlin")
    assert (answer.verdict, answer.match) == (Verdict.CONTRADICTED, "when-and-where-kim-putin-first-met")
    assert "Vladivostok" in answer.text


def test_what_kim_did_visit_on_this_trip_is_after_the_articles(base):
    assert asks_what_happened_at_the_summit("did kim go visit any aircraft factories on this trip")
    assert not asks_what_happened_at_the_summit("will kim visit factories on this trip")
    assert base.answer("did kim go visit any aircraft factories on this trip ✈️").kind is AnswerKind.OUTCOME


def test_it_after_a_question_naming_no_one_is_what_that_question_asked_about(base):
    _, context = base.converse("how often does the eastern economic forum happen", None)
    answer, _ = base.converse("when's it end?", context)
    assert answer.answered and answer.match == "eastern-economic-forum-dates" and "Wednesday" in answer.text


def test_and_someone_whom_the_last_answer_again_says_nothing_of_gets_what_the_articles_say_of_them(base):
    _, context = base.converse("what did the white house nsc spokesperson urge pyongyang to do during the trip", None)
    answer, _ = base.converse("and the state dept?", context)
    assert answer.answered and answer.match == "state-department" and "Miller" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "my uncle says back in 2019 putin basically said US security guarantees wont be enough to get NK to give up "
        "its nukes. real quote or nah?",
        "heard kim was actually pretty frosty with moscow AND beijing in his first years after taking over from his "
        "dad, true?",
    ],
)
def test_a_claim_the_articles_make_in_other_words_or_asked_real_or_nah_is_supported(base, message):
    answer = base.answer(message)
    assert (answer.kind, answer.verdict) == (AnswerKind.CHECK, Verdict.SUPPORTED)


@pytest.mark.parametrize(
    "claim",
    [
        "putin wants to wrap up the ukraine war asap, that's why he needs the shells",
        "the white house expects the russia-nk arms talks to be put on ice during kim's trip",
        "kim has been meeting foreign leaders all the time since covid",
        "the kremlin only announced the trip after japanese media spotted kim's train leaving",
        "russia lifting its sanctions on north korea is the most likely outcome of the summit",
        "us officials know the exact volume of weapons nk has shipped to russia",
    ],
)
def test_a_claim_the_articles_contradict_in_other_words_is_contradicted(base, claim):
    assert base.answer(claim).verdict == Verdict.CONTRADICTED


def test_a_claim_whose_second_half_the_fact_bearing_out_the_first_tells_too_is_supported(base):
    check = base.answer("the covid border closures wrecked nk's economy and kim is going to putin for food and energy")
    assert (check.verdict, check.match) == (Verdict.SUPPORTED, "nk-why-short-of-food-pandemic")


@pytest.mark.parametrize(
    "claim",
    [
        "lavrov is on the russian delegation for the talks with kim",
        "kim's train is hauling his personal mercedes so he can drive around vladivostok",
    ],
)
def test_a_claim_sharing_only_names_with_a_false_rumour_or_a_means_with_an_old_fact_is_not_in_the_articles(base, claim):
    assert base.answer(claim).verdict == Verdict.NOT_IN_ARTICLES


def test_who_reported_that_after_an_answer_names_the_outlets_with_their_quotes(base):
    _, context = base.converse("what did putin say afterwards about us security guarantees for nk", None)
    answer, _ = base.converse("who reported that?", context)
    assert answer.kind is AnswerKind.SOURCES and "Reuters" in answer.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [("nam sung-wook who dat", "nam-sung-wook"), ("what does nk have a ton of that russia wants", None)],
)
def test_chat_words_for_who_is_that_and_for_plenty_of_are_read(base, question, entry):
    answer = base.answer(question)
    assert answer.answered and (answer.match == entry if entry else "ammunition" in answer.text)


def test_and_a_body_after_who_said_that_gets_what_the_articles_say_of_it_rather_than_did_you_mean(base):
    context = None
    for said in ("what did the white house nsc say about the arms talks", "and what does she want nk to do?"):
        _, context = base.converse(said, context)
    _, context = base.converse("who said that?", context)
    answer, context = base.converse("and the state dept?", context)
    assert answer.answered and answer.match == "state-department"
    answer, _ = base.converse("what about japan", context)
    assert answer.answered and answer.match == "japan"


def test_who_kim_brought_along_is_his_delegation(base):
    answer = base.answer("which seoul ministry is tracking who kim brought along")
    assert answer.answered and answer.match == "unification-ministry-on-kims-entourage"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("nk is launching missiles at a record pace rn, right?", Verdict.SUPPORTED),
        ("north korea never condemned russia's invasion, not once", Verdict.SUPPORTED),
        ("nam sung-wook used to run a think tank under seoul's unification ministry", Verdict.CONTRADICTED),
        ("the al jazeera correspondent said nk will act without checking with china", Verdict.CONTRADICTED),
    ],
)
def test_a_claim_saying_what_the_articles_say_or_the_opposite_in_other_words_gets_that_verdict(base, claim, verdict):
    assert base.answer(claim).verdict == verdict


def test_nk_shells_said_to_copy_another_countrys_ammo_are_contradicted_by_their_soviet_designs(base):
    assert base.answer("the shells nk sends russia are mostly clones of chinese ammo").verdict == Verdict.CONTRADICTED


def test_a_gift_one_leader_gives_the_other_is_after_the_articles(base):
    check = base.answer("BREAKING: Putin gifts Kim a Russian-made Aurus limousine")
    assert check.verdict == Verdict.AFTER_ARTICLES and not check.answered


def test_on_the_planet_or_in_the_world_adds_nothing_to_a_claim(base):
    check = base.answer("only THREE countries on the planet recognised donetsk & luhansk: russia, syria and nk 🤯")
    assert check.verdict == Verdict.SUPPORTED


def test_a_country_said_to_hand_over_what_it_is_the_one_to_want_is_contradicted(base):
    check = base.answer("us officials: russia is offering to sell ammunition to north korea")
    assert (check.verdict, check.match) == (Verdict.CONTRADICTED, "russia-wants-ammunition")


def test_an_exchange_told_the_right_way_round_is_checked_against_the_fact_telling_it_that_way(base):
    check = base.answer("north korea will sell russia ammunition")
    assert (check.verdict, check.match) == (Verdict.SUPPORTED, "russia-wants-ammunition")


def test_who_is_she_after_an_answer_naming_one_woman_is_about_her(base):
    # the last question called her only "she"; the answer named her
    _, context = base.converse("what did she say russia could give nk?", None)
    assert "Shapovalova" in context.answer.text
    answer, _ = base.converse("who is she again", context)
    assert answer.answered and answer.match == "yulia-shapovalova"


def test_where_was_that_meeting_again_is_the_meeting_the_last_answer_dated(base):
    _, context = base.converse("what did putin say about nk's nukes after he met kim the first time back in 2019", None)
    answer, _ = base.converse("where was that meeting again", context)
    assert answer.answered and "Vladivostok" in answer.text


@pytest.mark.parametrize(
    "counting", ["how many north korean workers did russia host?", "nk workers in russia before the ban, how many"]
)
def test_a_follow_up_wanting_more_is_more_of_what_the_last_question_counted(base, counting):
    _, context = base.converse(counting, None)
    answer, _ = base.converse("and why would kim want to send more now", context)
    assert answer.answered and "foreign currency" in answer.text


@pytest.mark.parametrize("seen", ["i saw", "i keep seeing", "i keep hearing"])
def test_the_thing_the_asker_saw_or_heard_is_what_is_asked(base, seen):
    answer = base.answer(f"what's the 17 months thing {seen}?")
    assert answer.answered and "17 months" in answer.text


@pytest.mark.parametrize(
    ("question", "match"),
    [
        ("is seoul still on speaking terms with moscow through all this?", "how-south-korea-reacted"),
        ("eastern economic forum: does it happen every yr?", "eastern-economic-forum-dates"),
    ],
)
def test_everyday_words_for_keeping_in_touch_and_every_year(base, question, match):
    answer = base.answer(question)
    assert answer.answered and answer.match == match


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("putin didnt arrive in vladivostok until monday", Verdict.SUPPORTED),
        ("the kremlin didn't announce the visit until monday", Verdict.SUPPORTED),
        ("my friend says putin didnt even get to vladivostok till wednesday", Verdict.CONTRADICTED),
    ],
)
def test_not_doing_something_until_a_day_says_it_was_done_that_day(base, claim, verdict):
    answer = base.answer(claim)
    assert answer.verdict is verdict and "Monday" in answer.text


def test_a_forum_that_goes_on_until_a_day_is_checked_against_its_dates(base):
    answer = base.answer("the eastern economic forum goes on until friday i think?")
    assert answer.verdict is Verdict.CONTRADICTED and answer.match == "eastern-economic-forum-dates"


def test_whether_someone_honoured_what_they_were_urged_to_is_after_the_articles(base):
    assert asks_what_happened_at_the_summit("and did nk honor that?")
    assert asks_what_happened_at_the_summit("did they comply with it in the end")
    assert not asks_what_happened_at_the_summit("did the white house urge nk to honor its commitments")
    answer = base.answer("did the white house tell pyongyang to stick to its pledges about arms sales?")
    assert answer.answered and answer.match == "watson-urges-nk-to-honor-commitments"


def test_a_year_a_fact_counts_since_is_no_other_year_for_another_event(base):
    # Shoigu was the first defence minister to visit since 1991; Putin's visit in 2000 is not in the articles
    answer = base.answer("heard putin was the first kremlin leader ever to visit pyongyang, back in 2000")
    assert answer.verdict is Verdict.NOT_IN_ARTICLES


def test_not_exactly_buddies_says_relations_were_cool(base):
    answer = base.answer("is it true kim wasnt exactly buddies with moscow or beijing in his first years in charge?")
    assert answer.verdict is Verdict.SUPPORTED and answer.match == "kims-early-relations-with-russia-china"


def test_summits_with_foreign_leaders_since_the_borders_were_sealed_are_what_the_first_one_denies(base):
    answer = base.answer("kim's already done a bunch of summits w foreign leaders since NK sealed its borders in 2020")
    assert answer.verdict is Verdict.CONTRADICTED and answer.match == "kims-first-summit-since-borders-closed"


def test_the_state_of_the_talks_asks_how_far_they_have_come(base):
    answer = base.answer("how did the white house describe the state of the arms talks btw russia and nk?")
    assert answer.answered and "advanc" in answer.text


@pytest.mark.parametrize(
    "claim",
    [
        "the americans know exactly how many weapons NK has shipped to russia, theyve published the numbers",
        "is it true we know exactly how much weaponry NK has shipped to russia?",
        "the US has tallied exactly how much NK has sent russia, the numbers are all out there",
    ],
)
def test_a_figure_said_to_be_known_is_contradicted_where_the_articles_call_it_unclear(base, claim):
    answer = base.answer(claim)
    assert answer.verdict is Verdict.CONTRADICTED and answer.match == "volume-of-north-korean-arms-supplies"


def test_from_who_after_a_question_asks_it_of_that_question(base):
    answer = base.answer("my bf thinks kim took over in the 90s 💀 anyway when did he actually take over and from who")
    assert answer.answered and "Kim Jong Il" in answer.text and not answer.parts


def test_the_limousine_of_2018_says_nothing_of_what_his_train_carries_now(base):
    answer = base.answer("heard kim's train carries a couple of armoured mercedes limos on board 🚗")
    assert answer.verdict is Verdict.NOT_IN_ARTICLES and not answer.answered
