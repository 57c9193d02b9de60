"""Quotes and claims: direct and reported speech, speakers, cues, multi-paragraph quotes, statuses."""

from __future__ import annotations

from nlp_helpers import actor, document


def test_direct_quote_with_speaker_after():
    doc = document('"We will not surrender the city," Mayor Ivan Petrov said on Monday.')
    (quote,) = [q for q in doc.quotes if q.direct]
    assert quote.text == "We will not surrender the city,"
    assert doc.article.text[quote.start : quote.end] == quote.text
    assert quote.cue == "said"
    assert actor(doc, quote.speaker).name == "Ivan Petrov"


def test_curly_quote_speaker_in_next_sentence_and_pronoun():
    doc = document(
        "Anna Kovacs spoke to reporters in Budapest.\n\n“The government has lied to us for years.” "
        "She said the protests would continue."
    )
    direct = [q for q in doc.quotes if q.direct]
    assert direct and direct[0].text.startswith("The government has lied")
    assert actor(doc, direct[0].speaker).name == "Anna Kovacs"


def test_possessive_apostrophe_is_not_a_quote_mark():
    doc = document("The Hopkins' house was searched by police, who said nothing was found in the building.")
    assert all("Hopkins" not in q.text for q in doc.quotes if q.direct)


def test_multi_paragraph_quote_is_one_quote():
    doc = document(
        'The minister spoke at length. "The first thing we did was call the hospitals and the schools.\n\n'
        '"Then we called the army and asked for help," said Defence Minister Olga Stern.'
    )
    direct = [q for q in doc.quotes if q.direct]
    assert len(direct) == 1
    assert "hospitals" in direct[0].text and "asked for help" in direct[0].text
    assert actor(doc, direct[0].speaker).name == "Olga Stern"


def test_reported_speech_gives_an_attributed_claim():
    doc = document("Kyiv's officials said Russian troops attacked the town of Kupiansk overnight.")
    indirect = [q for q in doc.quotes if not q.direct]
    assert indirect and "attacked" in indirect[0].text
    claim = next(c for c in doc.claims if c.start == indirect[0].start)
    assert claim.status == "attributed"
    assert claim.event is not None


def test_according_to_gives_reported_speech_with_its_source():
    doc = document("According to the regional governor, Russian drones attacked the power station in Kharkiv.")
    (quote,) = [q for q in doc.quotes if q.cue == "according to"]
    assert quote.text == "Russian drones attacked the power station in Kharkiv"
    assert quote.speaker_text == "the regional governor"
    assert not quote.direct


def test_accusation_is_reported_speech_and_an_attributed_claim_about_the_event():
    doc = document("Prosecutors accused the colonel of ordering the shelling of the hospital in Mariupol.")
    (quote,) = [q for q in doc.quotes if q.cue == "accused"]
    assert quote.text.startswith("ordering the shelling")
    claim = next(c for c in doc.claims if c.start == quote.start)
    assert claim.status == "attributed"


def test_speaker_of_conjoined_cue_verb_is_the_shared_subject():
    doc = document("Senator Maria Lopez criticized the budget and said the cuts would hurt rural hospitals badly.")
    indirect = [q for q in doc.quotes if not q.direct and q.cue == "said"]
    assert indirect and actor(doc, indirect[0].speaker).name == "Maria Lopez"


def test_speaker_mention_stops_at_a_paragraph_break():
    doc = document('11 a.m.\n\nFormer Senator Paul Grant said: "We have the votes and we will pass the bill today."')
    (quote,) = [q for q in doc.quotes if q.direct]
    assert quote.speaker_text == "Former Senator Paul Grant"


def test_mixed_straight_and_curly_marks_close_the_quote_before_the_cue():
    doc = document('"We will win this state,” said Governor Maria Lopez. “Nobody doubts it any more.”')
    first = next(q for q in doc.quotes if q.direct)
    assert first.text.startswith("We will win this state")
    assert "said" not in first.text
    assert first.speaker_text == "Governor Maria Lopez"


def test_colon_introduces_the_speaker_of_a_quote_without_cue_verb():
    doc = document("Senator Paul Novak: “The budget is a disgrace to this chamber.”")
    (quote,) = [q for q in doc.quotes if q.direct]
    assert quote.speaker_text == "Senator Paul Novak"


def test_speaker_of_went_on_to_say_is_the_subject_of_went():
    doc = document("Rachel Green went on to say: “The plan will cost far more than anyone admits.”")
    (quote,) = [q for q in doc.quotes if q.direct]
    assert quote.cue == "say" and quote.speaker_text == "Rachel Green"


def test_stance_verb_gives_an_attribution_to_its_subject():
    doc = document("Senator Tom Hale endorsed the new minimum wage bill on Friday.")
    (quote,) = [q for q in doc.quotes if not q.direct]
    assert quote.cue == "endorsed" and quote.speaker_text == "Senator Tom Hale"
    assert quote.text.startswith("the new minimum wage bill")


def test_attitude_adjective_and_nominal_cue_are_attributions():
    doc = document("The governor is critical of the pipeline project. The mayor's claim that taxes fell was false.")
    cues = {q.cue: q for q in doc.quotes}
    assert cues["critical"].speaker_text == "The governor" and "pipeline" in cues["critical"].text
    assert cues["claim"].text.startswith("that taxes fell")


def test_passive_expectation_has_no_holder():
    doc = document("The president is widely expected to sign the treaty next week.")
    (quote,) = [q for q in doc.quotes if q.cue == "expected"]
    assert quote.speaker_text is None and quote.text.startswith("The president")


def _direct(text: str):
    return [q for q in document(text).quotes if q.direct]


def test_two_apostrophes_are_quote_marks():
    (quote,) = _direct("''We will win this state in November,'' Governor Maria Lopez said.")
    assert quote.text == "We will win this state in November,"
    assert quote.speaker_text == "Governor Maria Lopez"


def test_any_verb_right_after_an_open_quote_is_its_cue():
    (quote,) = _direct("“This is a fantastic night for us!” beamed Maria Lopez.")
    assert quote.cue == "beamed" and quote.speaker_text == "Maria Lopez"


def test_inverted_speaker_with_a_determiner():
    (quote,) = _direct("“The gap between the candidates is awfully large,” added a senior Democrat.")
    assert quote.speaker_text == "a senior Democrat"


def test_speaker_with_an_apposition_before_the_cue():
    (quote,) = _direct("“We will pass the bill this week,” Paul Grant, the senator from Ohio, said on Monday.")
    assert quote.cue == "said" and quote.speaker_text.startswith("Paul Grant")


def test_whom_it_is_told_to_is_not_the_speaker():
    (quote,) = _direct("“The vote count is being delayed on purpose,” a campaign aide told Fox News.")
    assert quote.speaker_text == "a campaign aide"


def test_quote_introduced_by_a_statement_across_a_paragraph_break():
    doc = document("Mayor Ivan Petrov issued a statement:\n\n“Our prayers are with the families of the victims.”")
    (quote,) = [q for q in doc.quotes if q.direct]
    assert quote.cue == "issued" and actor(doc, quote.speaker).name == "Ivan Petrov"


def test_quote_going_on_in_the_paragraph_has_the_same_speaker():
    first, second = _direct("“We are not leaving this place,” Anna Kovacs said. “Nobody can make us leave the city.”")
    assert first.speaker_text == second.speaker_text == "Anna Kovacs"


def test_quote_paragraph_after_an_attributed_quote_has_the_same_speaker():
    first, second = _direct('"We are not leaving this place," Anna Kovacs said.\n\n"Nobody can make us leave."')
    assert second.speaker_text == first.speaker_text == "Anna Kovacs"


def test_cue_in_another_paragraph_is_not_the_quotes():
    (quote,) = _direct("“We will rebuild every school in the region.”\n\nOfficials said the budget was approved.")
    assert quote.speaker_text is None and quote.cue is None


def test_according_to_names_the_speaker_of_a_direct_quote():
    (quote,) = _direct("According to the regional governor, “the station will be repaired within a week.”")
    assert quote.cue == "according to" and quote.speaker_text == "the regional governor"


def test_signature_on_the_next_line_is_the_speaker():
    (quote,) = _direct("“We will fight for every single vote in this state.”\n\n— Maria Lopez.")
    assert quote.speaker_text == "Maria Lopez"


def test_passive_cue_speaker_is_its_agent():
    (quote,) = _direct("“Will you run for the Senate again?” the governor was asked by a reporter.")
    assert quote.speaker_text == "a reporter"


def test_direct_quote_is_not_repeated_as_reported_speech():
    quotes = document('"We will win the election in November," Senator Paul Grant said.').quotes
    assert len(quotes) == 1 and quotes[0].direct


def test_labelled_line_is_its_speakers_word_but_a_section_label_is_not():
    doc = document("Lopez: Taxes will rise next year\n\nUPDATE: The vote was delayed until Friday.")
    labelled = [q for q in doc.quotes if q.cue == ":"]
    assert [(q.speaker_text, q.text) for q in labelled] == [("Lopez", "Taxes will rise next year")]


def test_parenthetical_cue_reports_the_clause_around_it():
    doc = document("The new bridge, the minister said, will cost ten billion euros.")
    (quote,) = [q for q in doc.quotes if q.cue == "said"]
    assert quote.speaker_text == "the minister"
    assert quote.text.startswith("The new bridge") and quote.text.endswith("euros")


def test_cue_inside_reported_content_is_no_second_attribution():
    doc = document("Senator Tom Hale said he wants to leave the Senate next year.")
    assert [q.cue for q in doc.quotes] == ["said"]


def test_relative_pronoun_speaker_is_the_actor_it_stands_for():
    doc = document("Senator Tom Hale, who said the election was rigged, left the hall early.")
    (quote,) = [q for q in doc.quotes if q.cue == "said"]
    assert quote.speaker_text == "who" and actor(doc, quote.speaker).name == "Tom Hale"


def test_speaker_before_a_participle_aside_that_the_parser_made_the_root() -> None:
    text = 'But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders\'s following, said, "He has a long list."'
    assert "Durbin" in _direct(text)[0].speaker_text


def test_subordinate_clause_before_the_quote_is_not_its_speaker() -> None:
    text = (
        "Senator Tom Hale said in the spring, when the pipeline story broke, “I never approved any of these permits.”"
    )
    assert "Hale" in _direct(text)[0].speaker_text


def test_speaker_set_off_after_an_introductory_phrase() -> None:
    text = (
        "In a statement to the Daily Herald, her chief policy adviser, Mark Olsen, said: "
        "“The governor believes the trade deal is essential for farmers.”"
    )
    assert "adviser" in _direct(text)[0].speaker_text


def test_speaker_before_an_aside_that_ends_in_an_object() -> None:
    text = (
        "“Very good reporter, very good reporter this guy,” Trump, the party’s frontrunner nationally and current "
        "polling leader in Ohio by a wide margin after winning the New Hampshire primaries, said at a rally."
    )
    assert _direct(text)[0].speaker_text.startswith("Trump")


def test_past_tense_misread_as_a_participle_after_the_speaker() -> None:
    text = "“We will not stop until the job is done!” the party's nominee, Maria Lopez, tweeted on Sunday."
    assert "Maria Lopez" in _direct(text)[0].speaker_text


def test_an_age_stands_for_the_person_speaking() -> None:
    (quote,) = _direct("“Donald is, and always has been, an amazing leader,” said the 46-year-old.")
    assert quote.speaker_text == "the 46-year-old"


def test_name_between_a_dash_and_the_colon_is_the_speaker() -> None:
    text = "Polls did predict the Democratic caucus - Carl Bialik: “Most pollsters fared much better this time.”"
    assert _direct(text)[0].speaker_text == "Carl Bialik"


def test_speaker_owns_the_relative_clause_before_the_cue() -> None:
    text = (
        "Although there is no such overlap with Garcia's team, an embassy official who spoke anonymously to discuss "
        'internal planning said Monday, "Certainly there are talks between the two governments."'
    )
    assert "official" in _direct(text)[0].speaker_text


def test_pronoun_speaker_is_the_last_person_named_before_it():
    doc = document(
        "Police arrested Maria Lopez in Lima on Monday. The interior ministry declined to comment. "
        "She said the charges against her were false."
    )
    reported = [q for q in doc.quotes if not q.direct and q.text.startswith("the charges")]
    assert reported and actor(doc, reported[0].speaker).name == "Maria Lopez"


def test_denying_a_charge_that_holds_the_charge_as_what_is_denied() -> None:
    doc = document("The interior minister denied charges that police had tortured the prisoners.")
    (quote,) = doc.quotes
    assert quote.cue == "denied" and quote.text == "that police had tortured the prisoners"
    assert actor(doc, quote.speaker).name.lower().endswith("minister")


def test_a_charge_brought_by_someone_is_no_content() -> None:
    assert not document("The mayor denied charges brought by the city council.").quotes


def test_voicing_concern_and_sending_condolences_are_statements() -> None:
    voiced = document("The opposition leader Maria Lopez voiced concern over the arrest of journalists.").quotes
    assert [(q.cue, q.text) for q in voiced] == [("voiced", "concern over the arrest of journalists")]
    sent = document("King Harald sent a message of condolence to the families of the victims.").quotes
    assert [(q.cue, q.text) for q in sent] == [("sent", "a message of condolence")]


def test_a_charge_the_parser_reads_as_a_relative_clause_is_what_is_denied() -> None:
    doc = document("The army denied charges by rights groups that it tortured two farmers.")
    (quote,) = doc.quotes
    assert quote.cue == "denied" and quote.text.startswith("that it tortured")
    assert actor(doc, quote.speaker).name.lower().endswith("army")


def test_who_issues_a_statement_says_what_it_says() -> None:
    doc = document("The foreign ministry issued a statement saying the ambassador had been summoned.")
    (quote,) = doc.quotes
    assert quote.cue == "saying" and quote.speaker_text == "The foreign ministry"


def test_a_claim_of_responsibility_is_the_claimants_statement_of_the_deed() -> None:
    (claim,) = document("The rebel group claimed responsibility for the bombing of the bridge.").quotes
    assert (claim.cue, claim.text) == ("claimed responsibility", "the bombing of the bridge")
    assert claim.speaker_text == "The rebel group"
    assert not document("No group has claimed responsibility for the bombing of the bridge.").quotes
