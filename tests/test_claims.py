"""Claims: the author's inferences are speculation, accusations are attributed, events keep their voice."""

from __future__ import annotations

import pytest

from nlp_helpers import document, events_of

ATTACK = "A car bomb killed General Yaroslav Moskalik in Balashikha on Friday."


def test_obvious_inference_is_the_authors_speculation_about_the_attack():
    doc = document(f"{ATTACK} It is obvious that Ukraine was behind it.")
    (claim,) = [c for c in doc.claims if c.status == "speculated"]
    assert claim.holder == "author"
    assert claim.cue == "It is obvious"
    assert claim.event == events_of(doc, "ASSAULT")[0].id


def test_likely_frame_gives_a_speculated_event_and_claim():
    doc = document("It is likely that the rebels shelled the village near the border.")
    assert events_of(doc, "ASSAULT")[0].status == "speculated"
    assert any(c.status == "speculated" and c.cue == "It is likely" for c in doc.claims)


def test_plain_statement_is_asserted_by_the_author():
    doc = document(ATTACK)
    (claim,) = doc.claims
    assert (claim.status, claim.holder, claim.event) == ("asserted", "author", doc.events[0].id)


def test_denial_gives_a_denied_claim():
    doc = document("The ministry denied that its troops had attacked the aid convoy near Kherson.")
    assert any(c.status == "denied" and c.cue == "denied" for c in doc.claims)


def test_scheduled_meeting_is_planned():
    doc = document("The two presidents are scheduled to meet in Istanbul next week.")
    assert events_of(doc, "CONSULT")[0].status == "planned"


def status_of(sentence: str, word: str) -> tuple[str, str | None]:
    """The status and cue of the event that ``word`` expresses in ``sentence``."""
    from newsevents.annotate.nlp import load_nlp
    from newsevents.claims.status import event_status

    found = event_status(next(t for t in load_nlp()(sentence) if t.text == word))
    return found.status, found.cue


def test_status_is_read_once_per_token_of_a_parse():
    """The coder and the factuality model ask for the same predicate's status: the second asks get the first answer,
    and another parse of the same words is read afresh."""
    from newsevents.annotate.nlp import load_nlp
    from newsevents.claims.status import event_status

    nlp = load_nlp()
    doc = nlp("Police said they arrested two men, but no one was hurt.")
    arrested, hurt = doc[3], doc[11]
    assert event_status(arrested) is event_status(doc[3])
    assert (event_status(arrested).status, event_status(hurt).status) == ("reported", "negated")
    assert event_status(nlp("They arrested two men.")[1]) is not event_status(arrested)


def test_negative_subject_negates_the_event():
    assert status_of("No one was hurt in the blast.", "hurt") == ("negated", "No one")
    assert status_of("Nobody claimed responsibility for the attack.", "claimed") == ("negated", "Nobody")
    assert status_of("Two people were hurt in the blast.", "hurt")[0] == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The accused should be arrested immediately.", "arrested", ("planned", "should")),
        ("The police must arrest the culprits at once.", "arrest", ("planned", "must")),
        ("The police have to arrest the guilty.", "arrest", ("planned", "have")),
        ("The opposition demanded the arrest of the minister.", "arrest", ("planned", "demanded")),
        ("Protesters urged the police to arrest the attackers.", "arrest", ("planned", "urged")),
        ("Unions urged the government to sign an agreement with drivers.", "agreement", ("planned", "urged")),
        ("The party called for the arrest of the attackers.", "arrest", ("planned", "called")),
        ("Police have been given orders to arrest anyone who violates the curfew.", "arrest", ("planned", "orders")),
        ("The police will not hesitate to arrest the rioters.", "arrest", ("planned", "will")),
        ("At most, they will order a lathi charge or arrest us.", "arrest", ("planned", "will")),
        ("Some of them have called for a ban on the VHP and arrest of its leaders.", "arrest", ("planned", "called")),
        ("Orders were issued to arrest the leaders.", "arrest", ("planned", "Orders")),
        ("Instructions have been passed to detain the members of the outfit.", "detain", ("planned", "Instructions")),
        ("The minister asked the police to take steps to arrest the culprits.", "arrest", ("planned", "steps")),
        (
            "Arrangements for detaining the marchers are to be made at the border.",
            "detaining",
            ("planned", "Arrangements"),
        ),
        ("The police drew up plans for the arrest of the leaders.", "arrest", ("planned", "plans")),
    ],
)
def test_an_act_demanded_owed_or_threatened_has_not_happened(sentence, word, expected):
    assert status_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The ministry said it hoped for more talks with the rebels.", "talks", ("planned", "hoped")),
        ("The rebels hope to meet the envoy next month.", "meet", ("planned", "hope")),
        ("The prosecutor wants the court to arrest the mayor.", "arrest", ("planned", "wants")),
        ("Officials hope the two sides can sign a truce.", "sign", ("planned", "hope")),
        ("Police raided the flat in the hope of arresting the leader.", "arresting", ("planned", "hope")),
    ],
)
def test_an_act_hoped_for_or_wanted_has_not_happened(sentence, word, expected):
    assert status_of(sentence, word) == expected


def test_someone_wanted_for_a_deed_did_it():
    assert status_of("He is wanted for the murder of two guards.", "murder")[0] == "asserted"


def test_epistemic_must_is_speculation_and_should_have_a_counterfactual():
    assert status_of("The suspect must have been arrested before dawn.", "arrested") == ("speculated", "must")
    assert status_of("The police should have arrested him last year.", "arrested") == ("hypothetical", "should")


def test_an_act_left_undone_or_denied_through_its_support_verb_is_negated():
    assert status_of("The police failed to arrest the gang.", "arrest") == ("negated", "failed")
    assert status_of("The police were unable to arrest the gang.", "arrest") == ("negated", "unable")
    assert status_of("The police denied that any arrest had been made.", "arrest") == ("negated", "denied")


def test_support_verb_lends_its_modal_and_condition_to_the_event_noun():
    assert status_of("Leaders may be put under house arrest.", "arrest") == ("speculated", "may")
    assert status_of("Preventive arrests can be made if persuasion fails.", "arrests") == ("hypothetical", "if")


def test_acts_done_stay_asserted_or_reported():
    assert status_of("Police arrested five men on Sunday.", "arrested") == ("asserted", None)
    assert status_of("Police had to open fire on the mob.", "fire") == ("asserted", None)
    assert status_of("Police said they arrested five men.", "arrested") == ("reported", "said")


def test_demanded_arrest_is_not_counted_as_an_arrest_made():
    doc = document("The opposition demanded the arrest of the police chief on Monday.")
    assert [e.status for e in doc.events if "arrest" in e.modes] == ["planned"]


def test_an_act_owed_on_someones_word_has_that_speaker_as_source():
    doc = document("The accused should be arrested immediately, the minister said.")
    (arrest,) = [e for e in doc.events if "arrest" in e.modes]
    minister = next(a.id for a in doc.actors if a.name == "minister")
    assert (arrest.status, arrest.source) == ("planned", minister)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("They were barred from entering the country.", "entering", ("negated", "barred")),
        ("A proposal to ban US companies from boycotting Israel was dropped.", "boycotting", ("negated", "ban")),
        ("Police did not stop them from entering the square.", "entering", ("asserted", None)),
        (
            "Direct clashes between the two armies are now a distinct possibility.",
            "clashes",
            ("speculated", "possibility"),
        ),
        ("Analysts warned of the possibility of clashes near the border.", "clashes", ("speculated", "possibility")),
        ("The union urged the president to make the companies implement the deal.", "implement", ("planned", "urged")),
        ("He wanted to say that the army attacked the town.", "attacked", ("reported", "say")),
    ],
)
def test_acts_kept_from_happening_weighed_or_brought_about_on_request(sentence, word, expected):
    assert status_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("It was not a terrorist attack.", "attack", ("negated", "not")),
        ("The company is not efficient enough.", "efficient", ("negated", "not")),
        ("The attack did not happen.", "attack", ("negated", "not")),
        ("Talks may take place next week.", "Talks", ("speculated", "may")),
        ("The strike will begin on Monday.", "strike", ("planned", "will")),
        ("It was a suicide attack.", "attack", ("asserted", None)),
        ("This is not the first attack on the convoy.", "attack", ("asserted", None)),
        ("The strike did not end.", "strike", ("asserted", None)),
    ],
)
def test_copula_and_verb_of_occurrence_lend_their_negation_and_modals_to_the_event(sentence, word, expected):
    assert status_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Clashes were not reported in the district on Friday.", "Clashes", ("negated", "not")),
        ("Fresh violence has not been observed since the truce.", "violence", ("negated", "not")),
        ("No clashes were reported in the district.", "clashes", ("negated", "No")),
        ("The glitch was not reported when the plane first flew.", "glitch", ("reported", "reported")),
        ("Casualties were not reported.", "Casualties", ("reported", "reported")),
        ("Rebels attacked a checkpoint, but casualties were not reported.", "attacked", ("asserted", None)),
        ("Rebels attacked a checkpoint, but no casualties were reported.", "attacked", ("asserted", None)),
        ("Clashes were reported in the district.", "Clashes", ("reported", "reported")),
    ],
)
def test_an_event_not_reported_did_not_happen_but_a_toll_not_reported_is_only_untold(sentence, word, expected):
    """ "Clashes were not reported" denies the clashes, as far as the news can tell; a definite noun is taken as given
    and a toll left untold ("casualties were not reported") denies neither itself nor the attack."""
    assert status_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "cue"),
    [
        ("The talks are scheduled for next week.", "talks", "scheduled"),
        ("A sixth round of UN-sponsored talks is due to resume in Geneva on Tuesday.", "talks", "due to"),
        ("Two separate summits on Syria are to be held this week.", "summits", "are to"),
        ("Peace talks are set to begin on Monday.", "talks", "set"),
        ("As many as 30 groups will gather in Riyadh for three days of talks.", "talks", "will"),
        ("The EU is due to stage a reconstruction conference early next year in Brussels.", "conference", "due to"),
    ],
)
def test_an_event_noun_in_a_clause_set_ahead_is_planned(sentence, word, cue):
    assert status_of(sentence, word) == ("planned", cue)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The talks took place last week in Geneva.", "talks"),
        ("The meeting was held in Paris on Monday.", "meeting"),
        ("The ministers met for talks in Ankara on Sunday.", "talks"),
        ("Police arrested five protesters after clashes that left two dead.", "clashes"),
    ],
)
def test_an_event_noun_in_a_past_clause_stays_asserted(sentence, word):
    assert status_of(sentence, word)[0] == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Macron said he would seek a revival of the contact group.", "seek", ("planned", "would")),
        ("The army said it would withdraw its troops from the city.", "withdraw", ("planned", "would")),
        ("They brokered a deal that would allow them to leave.", "allow", ("hypothetical", "would")),
        ("The strike would have killed dozens.", "killed", ("hypothetical", "would have")),
        ("Police are likely to take him into custody.", "custody", ("speculated", "likely")),
    ],
)
def test_would_and_likely_put_the_event_later_under_a_condition_or_in_doubt(sentence, word, expected):
    assert status_of(sentence, word) == expected


def test_a_past_habit_and_a_clause_of_purpose_keep_their_events():
    assert status_of("Armed groups would often conduct raids on homes.", "raids") == ("asserted", None)
    assert status_of("People threw stones on several roads to demonstrate against insecurity.", "demonstrate") == (
        "asserted",
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("It is legal and legitimate to kill them.", "kill", ("hypothetical", "it is legal")),
        ("It would be wrong to arrest him now.", "arrest", ("hypothetical", "it is wrong")),
        ("The only way to end the war is to negotiate.", "negotiate", ("hypothetical", "way")),
        ("He said the only way of dealing with them is to have them killed.", "killed", ("hypothetical", "way")),
        ("He said the only way of dealing with them is to have them killed.", "dealing", ("hypothetical", "way")),
        ("There is no way to arrest or extradite them.", "extradite", ("negated", "no way")),
        ("It is impossible to extradite them.", "extradite", ("negated", "it is impossible")),
        ("It is not possible to arrest them.", "arrest", ("negated", "it is not possible")),
    ],
)
def test_an_act_named_by_a_norm_or_as_a_means_has_not_happened(sentence, word, expected):
    assert status_of(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was wrong to invade Iraq.", ("asserted", "it was wrong")),
        ("It would have been wrong to invade Iraq.", ("hypothetical", "it is wrong")),
        ("Under the old law it was illegal to invade Iraq.", ("hypothetical", "it is illegal")),
        ("It was impossible to invade Iraq.", ("negated", "it is impossible")),
    ],
)
def test_a_judgement_in_hindsight_leaves_the_act_done(sentence, expected):
    """ "It was wrong to invade Iraq" judges an invasion that happened; a modal, a past norm or an impossibility
    still says it did not."""
    assert status_of(sentence, "invade") == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The way they abused him was shocking.", "abused", ("asserted", None)),
        ("Police were able to arrest the gang.", "arrest", ("asserted", None)),
        ("It is possible that he was killed.", "killed", ("speculated", "possible")),
        ("The goal is to reunite the family.", "reunite", ("planned", "is")),
    ],
)
def test_acts_told_hedged_or_aimed_at_keep_their_status(sentence, word, expected):
    assert status_of(sentence, word) == expected


def test_a_killing_only_judged_legal_is_no_attack_that_happened():
    doc = document("It is legal and legitimate to kill them.")
    assert [e.status for e in events_of(doc, "ASSAULT")] == ["hypothetical"]


def test_doubled_apostrophes_the_parser_makes_a_speaker_do_not_break_the_article():
    """A lower-case wire sentence with a doubled apostrophe for a possessive ("parishad''s"): once its case is
    restored, the parser hangs a quote's speaker on a mark; the article is still annotated."""
    doc = document(
        "indore: a shila pujan will be organised here as part of the vishwa hindu parishad''s (vhp) proposed "
        "shila pujan at ayodhya on march 15."
    )
    assert doc.article.text.startswith("indore")
    assert all(q.speaker_start is None or q.speaker_start < q.speaker_end for q in doc.quotes)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Japan is considering sending troops to the region.", "sending"),
        ("The government is weighing an attack on the rebels.", "attack"),
        ("Officials are mulling whether to arrest him.", "arrest"),
    ],
)
def test_an_act_weighed_as_an_option_is_hypothetical(sentence, word):
    assert status_of(sentence, word)[0] == "hypothetical"
