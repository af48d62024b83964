"""Finding the questions inside messages as people write them in chats."""

import pytest

from knowledge.forwarded import claims_in, clauses_of, is_claim_to_check
from knowledge.segmenting import MAX_QUESTIONS, questions_in, without_addressing


@pytest.mark.parametrize(
    ("message", "questions"),
    [
        ("Who is Dmitry Peskov?", ["Who is Dmitry Peskov?"]),
        ("wagner??", ["wagner??"]),
        ("who is jo chun ryong and who else is on the train?", ["who is jo chun ryong", "who else is on the train?"]),
        (
            "how long has the war lasted, and for how long has the us been arming ukraine?",
            ["how long has the war lasted", "for how long has the us been arming ukraine?"],
        ),
        (
            "how many workers did russia have and why did they leave?",
            ["how many workers did russia have", "why did they leave?"],
        ),
        ("when did kim arrive, and who met him?", ["when did kim arrive", "who met him?"]),
        (
            "what does seoul think, will it send weapons to kyiv",
            ["what does seoul think", "will it send weapons to kyiv"],
        ),
        ("who is jo chun ryong - is he on the train?", ["who is jo chun ryong", "is he on the train?"]),
        ("what did kim say, is that right?", ["what did kim say is that right?"]),
        ("where is the summit? and whose ok does kim need", ["where is the summit?", "whose ok does kim need"]),
        (
            "lol my uncle thinks russia pays kim in bitcoin 💀 anyway besides grain and oil what else could it offer?",
            ["besides grain and oil what else could it offer?"],
        ),
        ("who is the mayor of the city, where the forum is", ["who is the mayor of the city where the forum is"]),
        ("when does the forum open, where is it?", ["when does the forum open", "where is it?"]),
        ("how is kim getting to russia? plane?", ["how is kim getting to russia plane?"]),
        (
            "my cousin swears NK will send soldiers lol anyway what do the articles say russia wants from nk",
            ["what do the articles say russia wants from nk"],
        ),
        ("so what I want to know is, who is Peskov", ["who is Peskov"]),
        ("According to Reuters, what is the sign?", ["According to Reuters what is the sign?"]),
        ("what does DPRK stand for lol i keep seeing it", ["what does DPRK stand for"]),
        ("nam sung wook who is he, like which org", ["nam sung wook who is he"]),
        ("is nk ammo even any good lol 🤔 asking for a friend who thinks its all junk", ["is nk ammo even any good"]),
        (
            "long story. anyway reuters said one thing in kim's entourage would give away the talks — what was it?",
            ["reuters said one thing in kim's entourage would give away the talks what was it?"],
        ),
        (
            "long story. anyway the AP piece lists kim's priorities as three things, which ones? i only remember aid",
            ["the AP piece lists kim's priorities as three things which ones?"],
        ),
        (
            "which outlet wrote the 'why, and why now?' explainer",
            ["which outlet wrote the 'why, and why now?' explainer"],
        ),
        ("ok btw who is peskov", ["who is peskov"]),
        ("is a lunch planned for kim? what do the articles say", ["is a lunch planned for kim?"]),
        (
            "what can nk offer, and who has to be ok with the deal",
            ["what can nk offer", "who has to be ok with the deal"],
        ),
        ("when did kim leave pyongyang? what does the news say about it", ["when did kim leave pyongyang?"]),
        ("his guards jogged next to his limo. like what. how many were there", ["how many were there"]),
        ("oops wrong chat 😅 ok actually, is peskov a spokesman?", ["is peskov a spokesman?"]),
        ("sorry wrong chat lol. ok real q: who is peskov?", ["who is peskov?"]),
        ("ok serious q between the memes: who is peskov", ["who is peskov"]),
        ("who is peskov, i keep forgetting", ["who is peskov"]),
        ("lol 😂 but what's the sign", ["what's the sign"]),
        ("Forwarded from X\nKim boarded his train on Friday", ["Forwarded from X\nKim boarded his train on Friday"]),
        ("it was paywalled 🙄 so yeah who boarded the train?", ["so yeah who boarded the train?"]),
        (
            "he says it's a one-off show, which sounded weird 😬 can someone clear it up: is the forum a yearly thing?",
            ["is the forum a yearly thing?"],
        ),
        ("no fights again (sorry 😅), i just want the number: over how many months?", ["over how many months?"]),
        ("3 qs 🙏 1) where's the meeting 2) when roughly", ["where's the meeting", "when roughly"]),
        ("the train crossed at khasan right? 🚉 thats where the border is", ["the train crossed at khasan right?"]),
        (
            "the reporter al jazeera quoted, yulia shapovalova, is a kyiv-based correspondent",
            ["the reporter al jazeera quoted, yulia shapovalova, is a kyiv-based correspondent"],
        ),
        ("my uncle was telling me stuff about the train, is it armoured?", ["is it armoured?"]),
        (
            "3 quick ones: where is the forum, and is kim's daughter on the trip?",
            ["where is the forum", "is kim's daughter on the trip?"],
        ),
        (
            "1) did nk condemn the war 2) besides ammo itself what does moscow want 3) how old is kim",
            ["did nk condemn the war", "besides ammo itself what does moscow want", "how old is kim"],
        ),
        ("ugh this news cycle is exhausting 😩 anyway, for how many months?", ["for how many months?"]),
        ("how many recognised it, which ones, and why", ["how many recognised it", "which ones", "why"]),
        ("the forum - where and when?", ["the forum where and when?"]),
        ("nk missile launches this yr, how many?? a lot rite", ["nk missile launches this yr how many??"]),
        (
            "nam sung-wook, the 'win-win' guy — what did he used to run? and who runs that place",
            ["nam sung-wook the 'win-win' guy what did he used to run?", "who runs that place"],
        ),
        (
            "the nk workers in russia — how much were they paid, and why did they go home?",
            ["the nk workers in russia how much were they paid", "why did they go home?"],
        ),
        (
            "the north korean workers — why did they leave russia?",
            ["the north korean workers why did they leave russia?"],
        ),
        (
            "morning all, quick one before work — what did shoigu ask kim for when he was in pyongyang",
            ["what did shoigu ask kim for when he was in pyongyang"],
        ),
        ("and after shoigu left, what did kim do?", ["and after shoigu left what did kim do?"]),
        ("right after shoigu left, what did kim go do?", ["right after shoigu left what did kim go do?"]),
        ("so where is the lunch being held, any idea?", ["so where is the lunch being held"]),
        ("who hosts kim, got any clue?", ["who hosts kim"]),
        ("just before the summit, who did kim meet?", ["just before the summit who did kim meet?"]),
        (
            "two real q's: (a) who is jo chun ryong, and (b) what's the united front",
            ["who is jo chun ryong", "what's the united front"],
        ),
        ("so before i go off on them: what did the state department say?", ["what did the state department say?"]),
        (
            "my uncle keeps saying they'll buy TANKS 😂 idk. anyway besides the shells, what kit does moscow want?",
            ["besides the shells what kit does moscow want?"],
        ),
    ],
)
def test_the_questions_of_a_message_are_found(message, questions):
    assert list(questions_in(message)) == questions


def test_a_long_story_before_a_question_is_dropped_and_at_most_three_questions_are_kept():
    story = "my uncle has been going on about this all week at dinner and honestly it is exhausting, "
    assert questions_in(story + "who is peskov?") == ("who is peskov?",)
    assert len(questions_in("who? what? when? where? why?")) == MAX_QUESTIONS


@pytest.mark.parametrize(
    ("message", "is_claim"),
    [
        ("Forwarded from NK Tracker 🚂\nKim boarded his train on FRIDAY", True),
        ("is it true kim's sister is going", True),
        (
            "someone here said nk will only deal with russia if china is ok with it?? is that actually in the articles",
            True,
        ),
        ("heard zelensky called the meeting 'a gathering of two pariahs' — is that in the news?", True),
        ("my brother says kim's train has 21 bulletproof carriages 🚃 true?", True),
        ("kim flew to russia on his private jet", True),
        ("is it true this is only kims 2nd visit?? thought he goes there all the time lol", True),
        ("my cousin swears NK will send soldiers lol anyway what do the articles say russia wants", False),
        ("Andrei Lankov works at which university?", False),
        ("hwasong 18 whats special about it", False),
        ("tell me about the armoured train please", False),
        ("wagner??", False),
        ("my history teacher says relations were hot and cold for decades. do the articles agree?", True),
        ("it was blinken who told kim not to give russia any weapons", True),
        ("kim rarely leaves north korea and hates flying, thats why the train", True),
        ("idk who else to ask 🤖 what does kim get out of sending workers", False),
        ("on which day of the forum do south korean analysts expect the summit", False),
        ("according to nam sung-wook putin is cornered over what", False),
        ("apart from nk who else recognised donetsk and luhansk", False),
        ("analysts reckon NK could be sitting on TENS OF MILLIONS of shells?? sounds insane, true?", True),
        ("Could you verify: Kim and Putin already held a summit last year, in 2022?", True),
        ("my friend says when shoigu visited pyongyang, he begged kim for rice", True),
        ("when shoigu was in pyongyang kim took him to an arms expo and a parade, is that right?", True),
        ("when shoigu was in pyongyang kim dragged him to a weapons expo 😳", True),
        ("when shoigu was in pyongyang what did kim show him", False),
        ("wait NK is gonna be sending FOOD to russia as part of this?? 🌾", True),
        ("so the summit is in vladivostok?", True),
        ("so did they sign the arms deal in the end??", False),
        ("Kim Jong Un did he look relaxed in russia this time too?", False),
    ],
)
def test_a_claim_to_check_is_told_from_a_question(message, is_claim):
    assert is_claim_to_check(message) == is_claim


def test_a_posts_furniture_is_stripped_and_its_sentences_found():
    post = "Forwarded from NK Tracker 🚂\nBREAKING: Kim boarded his train on FRIDAY 🤫 #DPRK\nshare it now t.me/x"
    assert claims_in(post) == ["Kim boarded his train on FRIDAY"]
    assert claims_in("is it true that kim is selling nukes to putin?") == ["kim is selling nukes to putin"]


@pytest.mark.parametrize(
    ("message", "claims"),
    [
        ("my brother in seoul says kim is after aid and prestige", ["kim is after aid and prestige"]),
        ("my uncle (ex-army) reckons the train is armoured", ["the train is armoured"]),
        (
            "russia wants to keep its edge in satellites plus putin promised kim a tour",
            ["russia wants to keep its edge in satellites", "putin promised kim a tour"],
        ),
        ("russia's shell stocks are running dry, that's why they need kim", ["russia's shell stocks are running dry"]),
        ("nk has maybe a few thousand shells left so it's all just hype", ["nk has maybe a few thousand shells left"]),
        (
            "north korean state media said nothing about kim leaving the country, complete silence 🤐",
            ["north korean state media said nothing about kim leaving the country"],
        ),
        ("kim took a plane to russia, insane", ["kim took a plane to russia"]),
        ("someone in my group says NK leaders love summits. is that what experts say", ["NK leaders love summits."]),
        ("the analysts agree: moscow will lift sanctions, it has nothing to lose", ["moscow will lift sanctions"]),
        (
            "analysts all agree: moscow will lift sanctions, it has nothing to lose",
            ["analysts all agree: moscow will lift sanctions"],
        ),
        (
            "everyone agrees russia will lift sanctions, that's the whole point",
            ["everyone agrees russia will lift sanctions"],
        ),
        (
            "russia makes 2 million shells a year, is that the number in the articles?",
            ["russia makes 2 million shells a year"],
        ),
        (
            "NK shells are knockoffs of CHINESE designs 🇨🇳 heard that from a mil blogger",
            ["NK shells are knockoffs of CHINESE designs"],
        ),
        (
            "russia doesn't even care about NK ammo, what they REALLY want is drones",
            ["russia doesn't even care about NK ammo", "what they REALLY want is drones"],
        ),
    ],
)
def test_who_passes_a_claim_on_is_no_part_of_it_and_each_added_claim_is_checked(message, claims):
    assert is_claim_to_check(message)
    assert claims_in(message) == claims


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("/ask@summitbot who is peskov", "who is peskov"),
        ("@summitbot who is peskov", "who is peskov"),
        ("@vika no 🙄 @bot who is peskov", "no 🙄 who is peskov"),
        ("/help", "/help"),
        ("write to a@b.com", "write to a@b.com"),
    ],
)
def test_the_command_and_usernames_that_address_a_message_are_no_part_of_it(message, asked):
    assert without_addressing(message) == asked


def test_a_condition_before_a_question_is_part_of_it():
    assert questions_in("if kim shows up with a bunch of generals, what would that tell us?") == (
        "if kim shows up with a bunch of generals what would that tell us?",
    )
    assert questions_in("when kim first took over, how did he get along with moscow?") == (
        "when kim first took over how did he get along with moscow?",
    )
    assert questions_in("when did kim take over, and who was his father?") == (
        "when did kim take over",
        "who was his father?",
    )


@pytest.mark.parametrize(
    ("message", "claims"),
    [
        ("my uncle says putin won't lift sanctions. did he actually say that", ["putin won't lift sanctions."]),
        ("my uncle says kim took a train. real or made up?", ["kim took a train."]),
        ("someone said russia won't lift sanctions. is that what analysts think?", ["russia won't lift sanctions."]),
        ("putin flew in on wednesday, just in time for kim", ["putin flew in on wednesday, just in time for kim"]),
        ("BREAKING: north korea is developing new missiles", ["north korea is developing new missiles"]),
        ("so kim crossed the border on tuesday? can u confirm", ["so kim crossed the border on tuesday"]),
    ],
)
def test_a_sentence_only_asking_whether_the_one_before_is_so_is_no_claim_nor_a_news_marker_in_a_sentence(
    message, claims
):
    assert claims_in(message) == claims


def test_an_ellipsis_separates_chatter_from_the_question_after_it():
    assert questions_in("everyone says russia needs nk ammo but honestly... is the stuff any good?") == (
        "is the stuff any good?",
    )


def test_a_post_joining_two_statements_has_two_clauses():
    assert clauses_of("putin landed on monday and seoul says the train crossed that night") == [
        "putin landed on monday",
        "seoul says the train crossed that night",
    ]
    assert clauses_of("kim and putin met in vladivostok in 2019") == []
    assert clauses_of("the launches failed twice this year (May and August) says the post") == []


def test_asking_whether_a_quote_is_real_is_no_claim_of_its_own():
    claims = claims_in("putin said US guarantees would never get kim to give up nukes. real quote or made up?")
    assert len(claims) == 1 and claims[0].startswith("putin said")


def test_a_second_half_without_a_subject_of_its_own_is_no_clause():
    assert clauses_of("kim yo jong rides the train with her brother and will sit in on the talks with putin") == []


def test_who_says_it_before_a_question_without_a_comma_stays_with_the_question():
    assert questions_in("ok real q: according to the ap story who told them kim might travel") == (
        "according to the ap story who told them kim might travel",
    )


def test_but_before_a_question_word_ends_the_story_and_actually_after_one_is_part_of_it():
    message = (
        "ok i understand the shells part but what actually makes people nervous about russia sending missile tech?"
    )
    assert questions_in(message) == ("what actually makes people nervous about russia sending missile tech?",)


def test_i_just_want_the_basics_introduces_the_question():
    message = (
        "my feed is full of hot takes about putin being desperate 🙃 i just want the basics: "
        "according to the AP what does russia want from nk?"
    )
    assert questions_in(message) == ("according to the AP what does russia want from nk?",)


@pytest.mark.parametrize(
    "message", ["photo credit on the 2019 kim putin picture", "the photographer behind the 2019 vladivostok photo"]
)
def test_a_statement_without_a_verb_names_what_it_asks_about_and_claims_nothing(message):
    assert not is_claim_to_check(message)
    assert is_claim_to_check("the photographer took the 2019 vladivostok photo from a boat")


def test_things_listed_with_a_plus_sign_are_each_asked_however_few_their_words():
    message = "agenda topics + when do SK analysts think the summit happens"
    assert questions_in(message) == ("agenda topics", "when do SK analysts think the summit happens")
    assert questions_in("kim + putin: when do they meet") == ("kim + putin when do they meet",)


def test_a_question_expecting_yes_after_a_story_is_found_and_what_was_it_after_it_asks_nothing_new():
    message = (
        "my flatmate says the us could get kim to drop the nukes 🍕 but didnt putin say something after he met kim? "
    )
    message += "what was it"
    assert questions_in(message) == ("but didnt putin say something after he met kim?",)
    statement = "my grandpa had posters lol actually didn't always get along"
    assert questions_in(statement) == (statement,)
    assert questions_in("who ran the think tank? which one") == ("who ran the think tank?", "which one")


def test_a_clause_turning_to_someone_before_a_question_about_him_is_part_of_it():
    assert questions_in("and the navy admiral, why does he matter") == ("and the navy admiral why does he matter",)


def test_not_just_something_before_a_question_is_set_aside_as_part_of_it():
    asked = questions_in("hey so not just ammo — what actual military hardware is moscow eyeing from nk?")
    assert asked == ("hey so not just ammo what actual military hardware is moscow eyeing from nk?",)


def test_who_says_it_before_a_long_question_is_part_of_it():
    message = "According to the Reuters analysis, what does the Putin–Kim meeting signal, "
    message += "whatever the two sides end up deciding?"
    assert questions_in(message)[0].startswith("According to the Reuters analysis what does")


def test_the_full_stop_of_un_or_us_ends_no_claim():
    claim = "Russia opposed the U.N. resolutions banning arms trade with North Korea"
    assert claims_in(claim) == [claim]
    assert claims_in("a U.S. official said kim may travel. Then putin met him.") == [
        "a U.S. official said kim may travel.",
        "Then putin met him.",
    ]


def test_a_question_word_told_of_in_a_story_is_no_question_when_a_real_one_follows():
    story = "my roommate kept going on about some forum and how putin is doing something there on tuesday, and then "
    story += "she started on about kim's train and i zoned out 😴 what is putin scheduled to do at that forum?"
    assert questions_in(story) == ("what is putin scheduled to do at that forum?",)
    assert questions_in("how many shells are there, what caliber are they") == (
        "how many shells are there",
        "what caliber are they",
    )


def test_no_before_a_number_ends_no_sentence():
    assert questions_in("whats russia's no. 1 goal going into this, per the explainer") == (
        "whats russia's no. 1 goal going into this per the explainer",
    )
    assert questions_in("i said no. who is peskov") == ("who is peskov",)


def test_a_but_before_a_yes_or_no_question_ends_the_chatter_before_it():
    story = (
        "my roommate keeps sending memes 🙃 honestly i dont care who wins but is there anything we should watch for?"
    )
    assert questions_in(story) == ("is there anything we should watch for?",)


@pytest.mark.parametrize(
    ("message", "questions"),
    [
        (
            "but what i'm actually trying to figure out for my newsletter (8 subscribers, big deal) is what north "
            "korea could hand over to the russians.",
            ["what north korea could hand over to the russians."],
        ),
        ("what i dont understand is why kim needs russia", ["why kim needs russia"]),
        ("what i actually want to know: why is nk's economy so bad?", ["why is nk's economy so bad?"]),
    ],
)
def test_what_the_asker_is_trying_to_find_out_is_the_question(message, questions):
    assert list(questions_in(message)) == questions


def test_a_question_pointing_back_with_a_preposition_keeps_what_it_points_at():
    message = "lol my cousin says he's a blogger 💀 anyway that institute he used to run, who's behind it?"
    assert questions_in(message) == ("that institute he used to run who's behind it?",)


def test_a_story_told_after_an_apology_for_a_dumb_question_is_no_part_of_the_question():
    message = "sorry, dumb q, i was out all week and my whole feed is train memes but who is jo chun ryong?"
    assert questions_in(message) == ("who is jo chun ryong?",)
    assert questions_in("quick q, is russia short of shells?") == ("is russia short of shells?",)
