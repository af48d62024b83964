"""Questions in Russian, Ukrainian and Korean: told apart by their letters, read by each language's analyser, and
answered in the same language; translations checked against their English text."""

import shutil
from pathlib import Path

import pytest
import yaml

from knowledge import AnswerKind, KnowledgeError, load_knowledge
from knowledge.languages import Language, detect, excluded_part, tells_what_was_done, without_article_aside, words
from knowledge.model import Lexicon
from knowledge.normalizing import Normalizer
from knowledge.translations import translation_problems

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def tiny():
    return load_knowledge(FIXTURES / "base", FIXTURES / "corpus")


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Где пройдёт встреча Путина и Ким Чен Ына?", Language.RU),
        ("Як звали речника МЗС Південної Кореї?", Language.UK),
        ("Кто такой Песков", Language.RU),
        ("пак тхе сон хто такий", Language.UK),
        ("а кто такой пак тхе сон", Language.RU),
        ("а шаповалова шо там казала про китай?", Language.UK),
        ("а шаповалова чо там говорила про китай?", Language.RU),
        ("що росія може дати пхеньяну натомість", Language.UK),
        ("курс долара на завтра який?", Language.UK),
        ("курс доллара на завтра какой?", Language.RU),
        ("а рф може грошима заплатити?", Language.UK),
        ("а рф может деньгами заплатить?", Language.RU),
        ("кндр треба дуже багато?", Language.UK),
        ("김정은은 언제 러시아에 도착했나요?", Language.KO),
        ("who is peskov", Language.EN),
        ("2019", Language.EN),
        ("普京和金正恩在哪里见面", None),
    ],
)
def test_the_language_is_told_from_the_letters_and_common_words(message, language):
    assert detect(message) == language


def test_each_language_is_cut_down_by_its_own_analyser():
    assert words("Когда Шойгу был в Пхеньяне?", Language.RU) == ["когда", "шойгу", "быть", "в", "пхеньян"]
    assert words("쇼이구는 평양을 방문했다", Language.KO) == ["쇼이구", "평양", "방문"]
    assert words("몇 시에 만나?", Language.KO) == ["몇", "시", "만나다"], "a counter tells a time from a count"


@pytest.mark.parametrize(
    ("message", "language", "says"),
    [
        ("когда шойгу приезжал в пхеньян?", "ru", "июле"),
        ("Кто такой Песков?", "ru", "пресс-секретарь"),
        ("сколько рабочих из КНДР было в России", "ru", "20 000"),
        ("쇼이구가 평양에 언제 갔어?", "ko", "7월"),
        ("쇼이구는 누구야", "ko", "국방장관"),
    ],
)
def test_a_question_is_answered_in_its_own_language(tiny, message, language, says):
    answer = tiny.answer(message)
    assert (answer.answered, answer.language) == (True, language) and says in answer.text
    assert all(quote.text in tiny.articles[quote.article].text for quote in answer.quotes), "quotes stay English"


def test_declines_and_small_talk_come_in_the_questions_language(tiny):
    assert tiny.answer("привет").text.startswith("Привет")
    declined = tiny.answer("какой любимый фильм Шойгу?")
    assert (declined.answered, declined.language) == (False, "ru") and "статье" in declined.text


def test_a_language_without_a_curated_base_and_another_script_are_told_so_in_english(tiny):
    answer = tiny.answer("普京和金正恩在哪里见面")
    assert (answer.kind, answer.language) == (AnswerKind.OTHER_LANGUAGE, "en")
    assert "Russian, Ukrainian and Korean" in answer.text


def test_the_base_in_a_language_is_found_by_telegrams_language_code(tiny):
    assert tiny.in_language("ru").language == "ru" and tiny.in_language("pt").language == "en"
    assert tiny.in_language("ko").small_talk("greeting").text.startswith("안녕하세요")


def test_check_lists_untranslated_entries_and_translations_that_change_a_number(tmp_path):
    knowledge, corpus = tmp_path / "knowledge", tmp_path / "corpus"
    shutil.copytree(FIXTURES / "base", knowledge)
    shutil.copytree(FIXTURES / "corpus", corpus)
    path = knowledge / "ru" / "faq" / "arms.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries[1]["answer"] = entries[1]["answer"].replace("20 000", "30 000")
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    base = load_knowledge(knowledge, corpus)
    problems = [str(p) for p in translation_problems(base.loaded, base.loaded.translations, knowledge)]
    assert any("how-many-workers" in p and "drops the number 20000" in p for p in problems)
    assert any("where-will-they-meet" in p and "no ru translation" in p for p in problems)


def test_a_translation_of_an_entry_the_english_base_does_not_have_is_refused(tmp_path):
    knowledge, corpus = tmp_path / "knowledge", tmp_path / "corpus"
    shutil.copytree(FIXTURES / "base", knowledge)
    shutil.copytree(FIXTURES / "corpus", corpus)
    path = knowledge / "ko" / "faq" / "arms.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("when-did-shoigu-visit", "shoigu-visit"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge, corpus)
    assert caught.value.entry == "shoigu-visit" and "English" in caught.value.message


def test_the_real_base_answers_each_language_in_it(base):
    for message, language in [
        ("Когда Шойгу был в Пхеньяне?", "ru"),
        ("Коли Шойгу був у Пхеньяні?", "uk"),
        ("쇼이구 평양 언제 갔음?", "ko"),
    ]:
        answer = base.answer(message)
        assert (answer.answered, answer.language) == (True, language), message


def test_every_text_the_bot_shows_is_in_every_language_with_its_placeholders():
    import re

    from rendering.texts import LANGUAGES, _texts, untranslated

    assert untranslated() == []
    for key, by_language in _texts().items():
        placeholders = set(re.findall(r"\{\w+\}", by_language["en"]))
        for language in LANGUAGES:
            assert set(re.findall(r"\{\w+\}", by_language[language])) == placeholders, (key, language)


def test_a_claim_in_another_language_is_checked_but_never_called_supported_on_particulars_read_in_english(base):
    answer = base.answer("Правда ли что Ким полетел в Россию на самолёте?")
    assert (answer.kind, answer.language, answer.verdict) == (AnswerKind.CHECK, "ru", None)
    assert "Поездом" in answer.text


def test_follow_ups_work_in_another_language(base):
    context = None
    for message in ["Кто такой Песков?", "а Шойгу?", "источник?"]:
        answer, context = base.converse(message, context)
    assert (answer.kind, answer.language) == (AnswerKind.SOURCES, "ru") and "Shoigu" in answer.text
    _, context = base.converse("Хто такий Пєсков?", None)
    other, context = base.converse("а Шойгу?", context)
    assert (other.language, other.match) == ("uk", "sergei-shoigu"), "a short message keeps its conversation's language"


def test_korean_reads_its_abbreviation_for_russia_and_is_told_by_a_few_syllables_among_latin_letters():
    assert words("북러 정상회담", Language.KO)[:2] == ["북", "러"]
    assert words("러 대통령", Language.KO) == ["러", "대통령"]
    assert "러" not in words("김정은 만나러 가", Language.KO), "the ending of 만나러 is no name"
    assert detect("DPRK 무슨 뜻임") is Language.KO
    assert detect("what does 북한 mean in english") is Language.EN


def test_korean_names_are_read_before_mecab_cuts_them(base):
    korean = base.in_language("ko")._index.normalizer
    assert korean.tokens("러시아행 열차") == ["russia", "열차"]
    assert korean.tokens("쇼이구가 평양에서") == ["sergei-shoigu", "north-korea"]
    assert korean.tokens("블라디보스토크에서 만나")[0] == korean.tokens("블라디보스토크")[0] == "vladivostok"


def test_a_synonym_that_cannot_work_as_written_is_reported():
    lexicon = Lexicon(
        lead_phrases=(),
        stopwords=frozenset(),
        synonyms={"say": ("comment",), "analyst": ("commentators",)},
        small_talk=(),
    )
    (problem,) = Normalizer(lexicon, [], []).synonym_problems
    assert "'commentators' of 'analyst'" in problem and "already stands for 'say'" in problem
    korean = Lexicon(lead_phrases=(), stopwords=frozenset(), synonyms={"부인": ("아니라고 하다",)}, small_talk=())
    (problem,) = Normalizer(korean, [], [], Language.KO).synonym_problems
    assert "reads as just '하다'" in problem
    synonyms = {"봇 기사": ("네 기사", "를 좋아하다")}
    yours = Lexicon(lead_phrases=(), stopwords=frozenset(), synonyms=synonyms, small_talk=())
    (problem,) = Normalizer(yours, [], [], Language.KO).synonym_problems  # a particle dropped keeps the meaning
    assert "'네 기사' of '봇 기사' reads as just '기사'" in problem


def test_a_weekday_as_chats_shorten_it_is_that_weekday_in_korean():
    assert words("수욜에 만나?", Language.KO)[0] == words("수요일에 만나?", Language.KO)[0] == "수요일"
    assert "수요일" not in words("할 수 있어?", Language.KO)


def test_a_korean_verb_fused_with_its_ending_is_read_as_its_stem():
    assert "줄어들다" in words("재고 줄어든게", Language.KO)
    assert "말다" in words("핵잠수함 말고", Language.KO) and "말다" not in words("뭐라고 말했어", Language.KO)


def test_how_many_years_to_a_person_asks_their_age_in_russian_and_ukrainian(base):
    assert not base.answer("скока лет киму вообще").answered
    assert not base.answer("скільки років путіну?").answered
    assert base.answer("сколько лет длилась война?").answered, "how long, where no one is named"
    assert not base.answer("сколько лет маршалу ри пён чхолю").answered, "a title beside the person"


@pytest.mark.parametrize(
    ("question", "language", "set_aside"),
    [
        ("besides shells what kind of missiles could NK hand over", Language.EN, "shells"),
        ("what does putin get out of it beyond just refilling stocks", Language.EN, "refilling stocks"),
        ("not just shells, what hardware does moscow want", Language.EN, "shells"),
        ("что в повестке саммита кроме оружия?", Language.RU, "оружия"),
        ("які запаси можуть пригодитись росії? крім артснарядів і ракет шо ще", Language.UK, "артснарядів і ракет"),
        ("회담 의제 뭐뭐 나올거 같음? 무기 말고", Language.KO, "무기"),
        ("ну шойгу понятно, а кто ещё ездил в пхеньян?", Language.RU, "шойгу"),
        ("какие темы на встрече? оружие ясно, а что ещё?", Language.RU, "оружие"),
        ("ну зброя зрозуміло, а що ще обговорюватимуть?", Language.UK, "зброя"),
        ("who is peskov", Language.EN, ""),
    ],
)
def test_what_a_question_sets_aside_is_found_in_each_language(question, language, set_aside):
    assert excluded_part(question, language) == set_aside


def test_a_question_that_an_answer_sets_aside_is_answered_from_the_rest(base):
    assert base.answer("шо кім хоче з цього саміту, крім допомоги і воєнних технологій? (за експертами)").answered
    agenda = base.answer("ну оружие понятно, а о чём ещё будут говорить на встрече?")
    assert agenda.match == "summit-agenda-expected-topics"


def test_a_year_with_a_case_ending_is_the_year_and_an_ordinal_stays_one():
    assert words("встречались в 2019-м и 2019го", Language.RU) == ["встречаться", "в", "2019", "и", "2019"]
    assert words("у 2018-му", Language.UK)[-1] == "2018"
    assert words("2-й раз", Language.RU)[0] == "2-й"


def test_a_claim_in_another_language_stating_another_figure_is_contradicted(base):
    check = base.answer("слышал что до санкций в рф работало тысяч 200 северокорейцев, это так?")
    assert check.verdict == "contradicted" and "20 000" in check.text


def test_what_else_besides_something_is_asked_without_the_besides(base):
    answer = base.answer("북한이 개발하려는거 핵잠수함 말고 또 뭐야")
    assert answer.answered and "위성" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "for how many months have the us and partners shipped weapons, going by the article about kim arriving?",
        "how long has the west been sending weapons to ukraine per the kim-arrives-in-russia article",
        "since when has the west armed ukraine, according to the kim-arrival story",
        "сколько месяцев запад уже шлёт оружие украине, по статье про приезд кима?",
        "запад сколько месяцев вооружает украину, если верить той статье про приезд кима?",
        "скільки місяців захід озброює україну, за цією статтею про приїзд кіма?",
        "how many months has the west been arming ukraine (the piece on kim arriving)",
    ],
)
def test_an_article_named_by_its_subject_is_not_what_is_asked(base, question):
    answer = base.answer(question)
    assert answer.answered and "17" in answer.text


def test_an_article_named_before_the_question_is_not_what_is_asked(base):
    answer = base.answer("in the AP seoul piece which official said kim may go to russia")
    assert answer.answered and "U.S. official" in answer.text


def test_an_office_named_before_its_country_asks_for_that_countrys_office(base):
    assert not base.answer("кто сейчас министр обороны кндр?").answered, "the articles name Russia's, not North Korea's"
    russia = base.answer("кто министр обороны россии?")
    assert russia.answered and "Шойгу" in russia.text


def test_a_preposition_is_read_as_one_before_a_rare_form_of_a_noun(base):
    tokens = base.in_language("uk")._index.normalizer.tokens
    assert "середа" in tokens("саміт у середу?"), "Wednesday"
    assert "середа" not in tokens("хто серед делегації"), "among, not the genitive plural of Wednesday"


def test_north_koreans_as_the_press_calls_them_name_north_korea(base):
    assert "north-korea" in base.in_language("ru")._index.normalizer.tokens("а у северян ракеты есть?")
    assert "north-korea" in base.in_language("ru")._index.normalizer.tokens("кндровские снаряды хорошие?")
    assert "north-korea" in base.in_language("uk")._index.normalizer.tokens("кндрівські снаряди хороші?")


def test_a_centre_named_again_after_its_think_tank_is_the_think_tank(base):
    answer = base.answer("нам сон ук раніше працював в аналітичному центрі, а хто фінансує той центр?")
    assert answer.match == "nam-sung-wook" and "розвідка" in answer.text


def test_acting_as_agreed_with_china_this_time_is_no_question_about_the_summits_outcome(base):
    answer = base.answer("이번 거래는 북한이 중국이랑 합의한 대로 한다던데 그게 무슨 말이야?")
    assert answer.kind is not AnswerKind.OUTCOME and answer.match == "nk-deal-may-involve-china"


def test_profit_in_russian_slang_is_what_one_gains(base):
    assert "выгода" in base.in_language("ru")._index.normalizer.tokens("какой навар кремлю от кндр")
    assert base.answer("киму какой профит от рабочих в россии?").match == "nk-may-send-more-workers-to-russia"


def test_a_question_sharing_two_common_words_with_a_long_phrasing_is_not_answered_for_its_lead(base):
    assert not base.answer("Кто написал «Войну и мир»?").answered


def test_a_korean_asking_word_far_from_the_verb_names_a_thing_rather_than_asking(base):
    answer = base.answer("백악관 NSC 왓슨 대변인이 방러 기간 북한한테 뭘 촉구했어?")
    assert answer.answered and answer.match == "watson-urges-nk-to-honor-commitments"
    assert "4" in base.answer("둘이 블라디보스토크에서 처음 본 게 2019년 몇 월이었지").text


@pytest.mark.parametrize(
    ("message", "language", "done"),
    [
        ("чем кормили кима на обеде?", Language.RU, True),
        ("что они подписали в итоге", Language.RU, True),
        ("чем путин будет угощать кима?", Language.RU, False),
        ("что ким хотел получить от путина?", Language.RU, False),
        ("чим пригощали кіма на обіді?", Language.UK, True),
        ("чим пригощатиме путін кіма?", Language.UK, False),
        ("what did they eat at the lunch?", Language.EN, False),
    ],
)
def test_a_past_verb_of_eating_signing_or_giving_tells_what_was_done(message, language, done):
    assert tells_what_was_done(message, language) is done


def test_what_was_served_at_a_lunch_the_articles_only_expect_is_the_summits_outcome(base):
    for past in ("чем угощали кима на том обеде у путина?", "чим годували кіма на обіді у путіна?"):
        assert base.answer(past).kind is AnswerKind.OUTCOME
    assert base.answer("будет ли обед в честь кима?").answered


def test_a_korean_state_run_news_agency_forgotten_is_kcna(base):
    answer = base.answer("평양 관영 통신사가 어디였는지 기억이 안 나")
    assert answer.answered and "조선중앙통신" in answer.text


def test_a_feast_in_russian_is_the_lunch_in_kims_honour(base):
    answer = base.answer("кима после форума ждёт застолье?")
    assert answer.answered and "обед" in answer.text


def test_a_year_in_two_digits_as_russian_and_ukrainian_chat_writes_it_is_that_year():
    assert "2019" in words("в якому місті вони з путіним бачились у 19му?", Language.UK)
    assert "2019" in words("где они встречались в 19-м году?", Language.RU)


def test_korean_dul_i_is_the_two_of_them_not_the_number_two(base):
    answer = base.answer("둘이 정상회담 몇 시간 동안 했대?")
    assert not answer.answered and answer.match == "outcome-how-the-talks-went"


@pytest.mark.parametrize(
    "question",
    [
        "so do north korean weapons have any weaknesses?",
        "sure they've got piles of shells, but what's the catch?",
        "какой у северокорейских снарядов минус?",
    ],
)
def test_a_drawback_of_north_korean_weapons_is_the_question_mark_over_their_quality(base, question):
    answer = base.answer(question)
    assert answer.answered and answer.match == "russia-wants-nk-weapons-quality"


@pytest.mark.parametrize(
    "question", ["did kim and shoigu meet during this visit or not?", "ким с шойгу в этот приезд встречался или нет?"]
)
def test_whether_kim_met_shoigu_on_this_trip_is_not_in_the_articles(base, question):
    """Not the arms show Kim gave Shoigu in July: whether they meet again is what the articles cannot say."""
    answer = base.answer(question)
    assert not answer.answered and answer.match == "which-russian-officials-kim-will-meet"


def test_the_body_a_korean_question_says_someone_led_is_their_role(base):
    answer = base.answer("김태우가 이끌었던 기관은 어디야?")  # "the body kim taewoo led": 이끌다
    assert answer.answered and "통일연구원" in answer.text


def test_what_something_led_to_in_russian_is_its_consequence(base):
    answer = base.answer("как закрытие границ в пандемию сказалось на кндр?")  # сказаться: to tell on, to lead to
    assert answer.answered and answer.match == "nk-why-short-of-food-pandemic"


@pytest.mark.parametrize(
    "question", ["к чему привела пандемийная изоляция кндр?", "як пандемійні обмеження вдарили по кндр?"]
)
def test_the_pandemic_as_an_adjective_is_the_pandemic_in_russian_and_ukrainian(base, question):
    assert base.answer(question).match == "nk-why-short-of-food-pandemic"


@pytest.mark.parametrize("question", ["буде якийсь хавчик для кіма після форуму?", "кима угостят чем-нибудь?"])
def test_grub_and_treats_in_ukrainian_and_russian_chat_are_the_lunch(base, question):
    assert base.answer(question).match == "lunch-planned-in-kims-honour"


@pytest.mark.parametrize(
    "question", ["в чём главный вопрос к снарядам кндр?", "яке головне питання до північнокорейської зброї?"]
)
def test_the_main_question_about_something_is_a_doubt_about_it_in_russian_and_ukrainian(base, question):
    assert base.answer(question).match == "russia-wants-nk-weapons-quality"


@pytest.mark.parametrize(
    "question",
    ["how do experts work out what kim is after on this trip", "по каким признакам гадают о целях кима на переговорах"],
)
def test_how_anyone_can_tell_what_kim_wants_is_the_photos_of_his_officials(base, question):
    assert base.answer(question).match == "delegation-photos-hint-kims-goals"


@pytest.mark.parametrize(
    "question",
    [
        "김정은 평양에 있을 땐 어떻고 해외 나갈 땐 어떻게 달라?",
        "how is kim different when abroad compared with at home",
    ],
)
def test_how_kim_differs_abroad_is_that_he_seems_more_relaxed_and_땐_is_때(base, question):
    answer = base.answer(question)
    assert answer.answered and answer.match == "kim-more-relaxed-abroad"


def test_an_article_named_with_its_dateline_before_the_question_is_set_aside():
    asked = without_article_aside("per the AP piece from seoul what does russia want on the battlefield", Language.EN)
    assert asked == "what does russia want on the battlefield"


def test_the_media_a_question_is_asked_of_after_it_are_set_aside():
    asked = without_article_aside("who got on the train with kim, per nk state media", Language.EN)
    assert asked == "who got on the train with kim"


def test_an_article_named_with_its_dateline_after_the_question_is_set_aside():
    asked = without_article_aside(
        "what's russia going for in ukraine according to the AP piece out of seoul", Language.EN
    )
    assert asked == "what's russia going for in ukraine"


def test_a_korean_doubt_in_any_of_its_words_asks_about_the_quality_of_the_weapons(base):
    assert base.answer("북한 탄약이 많긴 한데 의구심은 뭐야?").match == "russia-wants-nk-weapons-quality"


def test_what_to_watch_to_know_what_the_talks_are_about_is_the_generals_sign_in_ukrainian(base):
    answer = base.answer("як наперед дізнатися, про що насправді переговори кіма? на що звертати увагу")
    assert answer.match == "generals-would-reveal-nature-of-talks"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("а чого не варто чекати що москва зніме санкції з кндр?", "sanctions-russia-lifting-unlikely"),
        ("східний економ. форум це якась разова тусовка чи він регулярно буває?", "eastern-economic-forum-dates"),
        ("а китай тут причем? корреспондентка из москвы чет про него говорила", "nk-deal-may-involve-china"),
        ("김정은 외국 나가면 평소랑 분위기 좀 다르다던데 어떻게 달라?", "kim-more-relaxed-abroad"),
        (
            "유엔이 북한 노동자 쓰는 거 막기 전에 러시아에 북한 노동자 몇 명이나 있었대?",
            "russia-hosted-20000-nk-workers",
        ),
        ("кима там кормить будут? что в его честь устраивают 🍽", "lunch-planned-in-kims-honour"),
        ("путін кіма якось пригощати збирається чи шо? 🍽", "lunch-planned-in-kims-honour"),
        ("а после визита шойгу ким чем занимался?", "kim-weapons-factory-tours-after-shoigu"),
        ("пу у вівторок мав виступати на якомусь форумі у владіку, шо за форум?", "putin-speech-at-eef-on-tuesday"),
    ],
)
def test_not_worth_expecting_one_off_or_regular_what_has_it_to_do_and_kim_abroad_are_read_in_each_language(
    base, question, entry
):
    answer = base.answer(question)
    assert answer.answered and answer.match == entry


def test_north_koreas_defence_minister_whom_the_articles_never_name_is_not_shoigu(base):
    assert not base.answer("как зовут министра обороны кндр?").answered


def test_korean_names_an_office_s_country_before_it_not_where_its_holder_went(base):
    answer = base.answer("국방장관이 북한에 왜 왔어?")  # why did the defence minister come to North Korea?
    assert answer.answered and answer.match == "russia-urgent-need-kim-taewoo"


@pytest.mark.parametrize("question", ["그래서 정상회담 결국 몇일에 열린거임?", "결국 두 사람 어디서 만난 거야?"])
def test_when_or_where_the_summit_was_held_in_the_end_in_korean_is_its_outcome(base, question):
    assert base.answer(question).kind is AnswerKind.OUTCOME


def test_as_agreed_in_korean_asks_nothing_of_what_the_summit_agreed(base):
    # "they say NK, ultimately, only acts as agreed with one country: which?" is China, not the summit's outcome
    answer = base.answer("북한은 러시아랑 거래해도 결국 어느 나라랑 합의한 대로만 움직인다는 말 있던데 어디야")
    assert answer.answered and answer.match == "nk-deal-may-involve-china"
    assert base.answer("그래서 결국 무기거래 합의함?? 결과 나옴?").kind is AnswerKind.OUTCOME


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "…at least the order of magnitude": a count asked for, roughly
        (
            "скільки в кндр може бути снарядів і ракет радянського зразка, хоча б порядок цифр",
            "russia-wants-nk-tens-of-millions-shells",
        ),
        # "who ran (slang) North Korea before Kim Jong Un": his father, not his sister's role
        ("кто рулил кндр до ким чен ына?", "when-kim-succeeded-kim-jong-il"),
        # "who is behind that think tank": who runs it
        (
            "нам сон ук колишній директор якогось інституту нацбезпеки.. "
            "а хто взагалі стоїть за цим аналітичним центром?",
            "nam-sung-wook",
        ),
    ],
)
def test_at_least_roughly_who_is_behind_and_who_ran_are_read(base, question, entry):
    answer = base.answer(question)
    assert answer.answered and answer.match == entry


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Institute for National Security Strategy — хто стоїть за цим аналітичним центром?", Language.UK),
        ("переклади плз 'я сумую за тобою' на японську 🥺", Language.UK),  # Ukrainian words, no Ukrainian letter
        ("who is Шойгу", Language.EN),
        ("what does спасибо mean", Language.EN),
    ],
)
def test_a_question_in_cyrillic_words_about_an_english_name_is_in_their_language(message, language):
    assert detect(message) is language


def test_an_english_name_is_read_in_a_question_in_another_language(base):
    answer = base.answer("Institute for National Security Strategy — хто стоїть за цим аналітичним центром?")
    assert answer.answered and answer.match == "institute-for-national-security-strategy"
    assert "розвідка" in answer.text


@pytest.mark.parametrize(
    "question",
    ["как звали отца ким чен ына, от которого он власть получил?", "від кого кім отримав владу?"],
)
def test_getting_power_from_someone_is_succeeding_him(base, question):
    answer = base.answer(question)
    assert answer.answered and "2011" in answer.text


def test_a_thing_in_ukrainian_chatter_names_nothing(base):
    answer = base.answer("східний економічний форум це разова штука чи він кожен рік?")
    assert answer.answered and "щорічний" in answer.text


def test_being_mixed_up_in_it_is_a_part_in_it(base):
    answer = base.answer("корреспондентка из москвы говорила что китай тут тоже замешан, в каком смысле?")
    assert answer.answered and "Китаем" in answer.text


def test_the_ukrainian_to_have_asks_nothing_of_its_own(base):
    """ "мати" (to have) is read as "мата"; like English "have", it is a stopword."""
    answer = base.answer(
        "допомога й технології зрозуміло, а що ще кім хоче мати від цієї поїздки за словами експертів?"
    )
    assert answer.answered and "престиж" in answer.text
