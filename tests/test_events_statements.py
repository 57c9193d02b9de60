"""Statements as events (``newsevents.events.statements``): which PLOVER type a sentence that says something gets."""

from __future__ import annotations

import pytest

from newsevents.events.main import main_event
from nlp_helpers import actor, document


def main_type(text: str) -> str | None:
    event = main_event(document(text), acled_only=False)
    return event.type if event else None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran accused Iraq of shelling border villages on Monday.", "ACCUSE"),
        ("Iraq was accused of shelling border villages.", "ACCUSE"),
        ("Kabul blamed Pakistan for the suicide bombing that killed 30 people.", "ACCUSE"),
        ("The government condemned the bombing of the embassy.", "ACCUSE"),
        ("Rebels attacked the village, the army alleged.", "ACCUSE"),
        ("Gunmen killed five villagers, police said.", "ASSAULT"),
        ("Troops shelled rebel positions, the army said on Sunday.", "ASSAULT"),
    ],
)
def test_an_accusation_is_coded_as_the_statement_and_a_plain_report_as_the_event(text: str, event_type: str) -> None:
    """PLOVER codes "accuse, allege, charge, blame, condemn" as ACCUSE whatever the act alleged, in either word order;
    "said" is no event of its own (comments are not coded), so what is said is the event."""
    assert main_type(text) == event_type


def test_the_act_alleged_stays_on_record_as_reported_not_asserted() -> None:
    doc = document("Iran accused Iraq of shelling border villages on Monday.")
    accusation, shelling = doc.events[:2]
    assert (accusation.type, accusation.status) == ("ACCUSE", "asserted")
    assert (actor(doc, accusation.actor).country, actor(doc, accusation.target).country) == ("IRN", "IRQ")
    assert (shelling.type, shelling.status) == ("ASSAULT", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "China made a formal protest to Japan over the visit to the shrine.",
        "The embassy made a diplomatic protest after the arrests.",
    ],
)
def test_a_formal_protest_is_an_accusation_not_a_demonstration(text: str) -> None:
    doc = document(text)
    event = doc.events[0]
    assert (event.type, event.modes) == ("ACCUSE", ["disapprove"])
    assert event.actor is not None


def test_summoning_an_envoy_is_a_diplomatic_protest_at_the_envoy_s_state() -> None:
    doc = document("Turkey summoned the German envoy over the remarks.")
    event = doc.events[0]
    assert (event.type, event.modes) == ("ACCUSE", ["disapprove"])
    assert (actor(doc, event.actor).country, actor(doc, event.target).country) == ("TUR", "DEU")


def test_summoning_a_witness_is_no_diplomatic_protest() -> None:
    doc = document("The court summoned the minister to testify.")
    assert not [e for e in doc.events if e.type == "ACCUSE" and "disapprove" in e.modes]


def test_a_protest_staged_stays_a_demonstration() -> None:
    assert main_type("The students staged a protest in front of parliament.") == "PROTEST"


@pytest.mark.parametrize(
    ("text", "event_type", "modes"),
    [
        ("Iraq allowed UN inspectors to resume their work.", "RETREAT", ["access"]),
        ("The army allowed aid convoys to enter the city.", "RETREAT", ["access"]),
        ("The government allowed opposition parties to register.", "CONCEDE", []),
    ],
)
def test_letting_observers_or_aid_in_is_access_and_easing_a_rule_a_concession(
    text: str, event_type: str, modes: list[str]
) -> None:
    event = document(text).events[0]
    assert (event.type, event.modes) == (event_type, modes)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The European Union reiterated that Serbia must hand over the suspects.", "REQUEST"),
        ("The minister announced that all foreign troops must leave the country.", "REQUEST"),
        ("The rebels swore to attack the capital.", "THREATEN"),
        ("The army is determined to launch an offensive against the rebels.", "THREATEN"),
    ],
)
def test_demands_and_threats_read_from_the_meaning_of_the_saying(text: str, event_type: str) -> None:
    """Any verb of saying with "must" makes a demand; any word of resolve before a hostile act makes a threat."""
    assert [e.type for e in document(text).events][:1] == [event_type]


@pytest.mark.parametrize(
    "text",
    ["The ministers postponed the talks until next week.", "The government barred all aid to the rebels."],
)
def test_a_dealing_put_off_or_barred_is_not_itself_an_event(text: str) -> None:
    assert not {"CONSULT", "AID"} & {e.type for e in document(text).events}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran denied the request on Monday.", "REJECT"),
        ("The minister deplored the attack on the embassy.", "ACCUSE"),
        ("Prosecutors indicted the former minister on Tuesday.", "ACCUSE"),
        ("Germany backed the French proposal on Monday.", "SUPPORT"),
        ("The government pardoned 200 prisoners on Monday.", "CONCEDE"),
        ("The Japanese premier talked with the Chinese president by telephone.", "CONSULT"),
        ("Japan and China held talks in Geneva on Monday.", "CONSULT"),
        ("France expressed support for the plan.", "SUPPORT"),
        ("The government declared an amnesty for the rebels.", "CONCEDE"),
        ("The government met the strikers' demands.", "CONCEDE"),
    ],
)
def test_cue_words_of_plover_statements(text: str, event_type: str) -> None:
    """Verbs and nouns of rejecting, disapproving, charging, backing, pardoning and consulting, as PLOVER codes them;
    "talks" is the plural of the lemma "talk"; meeting demands yields to them."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Traffic backed up on the highway.",
        "The police denied them access to the building.",
        "He gave a talk on history.",
        "The patient is on life support.",
        "The government met its deficit target.",
    ],
)
def test_senses_of_cue_words_that_are_no_statement(text: str) -> None:
    """A particle ("backed up"; "backed down" yields), access denied (a restriction), a lecture, a thing held, a target
    met: none is the event the cue word names elsewhere."""
    assert main_type(text) is None


def test_a_protest_lodged_is_an_accusation_with_its_actor() -> None:
    doc = document("Japan lodged a protest with China over the incident.")
    event = doc.events[0]
    assert (event.type, event.modes) == ("ACCUSE", ["disapprove"])
    assert (actor(doc, event.actor).country, actor(doc, event.target).country) == ("JPN", "CHN")


def test_a_threat_made_is_the_main_event_though_the_act_threatened_is_planned() -> None:
    """The threat was made, so it counts as having happened; a meeting only scheduled does not."""
    arrests = "Police arrested two journalists in the city."
    assert main_type(f"The rebels would attack the capital, their leader said. {arrests}") == "THREATEN"
    assert main_type(f"The ministers will meet next week. {arrests}") == "COERCE"


def test_responsibility_accepted_is_no_agreement() -> None:
    assert "AGREE" not in {e.type for e in document("The group accepted responsibility for the bombing.").events}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Gunmen held 20 people hostage in a school.", "ASSAULT"),
        ("Three aid workers were taken hostage in Somalia.", "ASSAULT"),
        ("The militia used civilians as human shields.", "COERCE"),
        ("North Korea has trained more than 500 computer hackers.", "MOBILIZE"),
        ("Britain is training Ukrainian soldiers.", "AID"),
        ("The junta imposed martial law on Monday.", "COERCE"),
        ("The army declared a state of emergency in the region.", "COERCE"),
        ("Israel reimposed a blockade on Gaza.", "COERCE"),
        ("The high court opened a hearing into the interrogation methods.", "ACCUSE"),
        ("Mitterrand gave a warm welcome to Helmut Kohl.", "CONSULT"),
        ("Merkel welcomed Putin in Berlin.", "CONSULT"),
        ("Labour gave a cautious welcome to the plan.", "SUPPORT"),
        ("Germany welcomed the decision.", "SUPPORT"),
        ("Both sides violated the ceasefire agreement.", "ASSAULT"),
    ],
)
def test_verbs_read_by_the_role_of_their_object(text: str, event_type: str) -> None:
    """People held as hostages or shields, armed forces trained (one's own readied, another's aided), a blockade or
    emergency rule imposed, a hearing opened, a guest or a plan welcomed, a truce violated."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Troops took the hostages to a hospital.",
        "She held the trophy aloft.",
        "The company trained 200 engineers.",
        "The council declared a climate emergency.",
        "Pompeo faces a confirmation hearing.",
    ],
)
def test_the_same_verbs_in_their_ordinary_senses_are_no_event(text: str) -> None:
    """Hostages already held, a thing held, civilians trained, an emergency that suspends no law, a hearing only
    mentioned."""
    assert main_type(text) is None


def test_an_agreement_violated_or_sanctions_lifted_are_not_themselves_made_or_imposed() -> None:
    assert "AGREE" not in {e.type for e in document("Both sides violated the ceasefire agreement.").events}
    assert [e.type for e in document("The US lifted the sanctions on Iran.").events] == ["CONCEDE"]
    lifted = {e.type for e in document("Israel lifted the blockade of Gaza.").events}
    assert "RETREAT" in lifted and "COERCE" not in lifted


@pytest.mark.parametrize(
    "text",
    [
        "The president reneged on the trade accord with Canada.",
        "Ruritania pulled out of the nuclear deal with Freedonia in May.",
        "The rebels withdrew from the peace agreement on Monday.",
        "The new government scrapped the border treaty.",
        "The opposition backed out of the power-sharing deal.",
        "The union walked away from the pay deal.",
    ],
)
def test_an_agreement_quit_is_rejected_not_made(text: str) -> None:
    """Leaving an agreement rejects it (PLOVER REJECT, CAMEO 127): no agreement reached, no forces pulled back."""
    types = [e.type for e in document(text).events]
    assert types[0] == "REJECT" and "AGREE" not in types and "RETREAT" not in types


def test_whom_an_agreement_quit_was_with_is_the_target() -> None:
    doc = document("Canada pulled out of the fishing deal with Norway in May.")
    assert actor(doc, main_event(doc, acled_only=False).target).country == "NOR"


@pytest.mark.parametrize(
    "text",
    [
        "The UN withdrew its peacekeepers from the border zone.",
        "A batch of 200 police peacekeepers were withdrawn from the country in February.",
        "The withdrawal of UN observers from the region began on Monday.",
    ],
)
def test_peacekeepers_or_observers_withdrawn_are_help_withdrawn(text: str) -> None:
    """CAMEO 1661-1663 (withdraw peacekeepers, observers, aid agencies), which PLOVER's crosswalk codes SANCTION; a
    retreat is forces pulled back from a fight."""
    event = main_event(document(text), acled_only=False)
    assert (event.type, event.modes) == ("SANCTION", ["withdraw"])


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia withdrew its troops from the border.", "RETREAT"),
        ("The two sides signed a peace agreement.", "AGREE"),
        ("The opposition backed the peace deal.", "SUPPORT"),
    ],
)
def test_forces_withdrawn_and_agreements_signed_keep_their_types(text: str, event_type: str) -> None:
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia returned the bodies of the soldiers.", "RETREAT"),
        ("The rebels announced they will return the weapons seized from peacekeepers.", "AGREE"),
        ("Uzbekistan opened the bridge to allow the delivery of 1,000 tons of grain.", "RETREAT"),
        ("Customs officers returned three stolen statues to the government of Nepal.", "RETREAT"),
        ("A looted manuscript was returned to Poland by US officials on Friday.", "RETREAT"),
        ("Police returned dozens of stolen icons to the Embassy of Greece.", "RETREAT"),
        ("The museum returned two statues that date back to 300 BC to Egypt on Monday.", "RETREAT"),
        ("Belgium returned the stolen masks to Democratic Republic of the Congo.", "RETREAT"),
        ("The United States returned a looted bronze statue to Peruvian Ambassador Carlos Ruiz.", "RETREAT"),
    ],
)
def test_what_was_held_given_back_and_relief_let_in(text: str, event_type: str) -> None:
    """Giving back what was seized is a release (promised, an agreement); the relief let in is read past its measure
    ("1,000 tons of grain")."""
    assert main_type(text) == event_type


def test_returning_fire_or_home_is_no_release() -> None:
    assert "RETREAT" not in {e.type for e in document("Troops returned fire and the refugees returned home.").events}


def test_people_sent_back_to_a_country_are_no_release() -> None:
    assert main_type("Italy returned 200 migrants to Libya.") != "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "Washington cut tariffs on steel imports from Canada.",
        "The government rolled back the restrictions on foreign travel.",
    ],
)
def test_restrictions_cut_or_rolled_back_are_a_concession(text: str) -> None:
    assert main_type(text) == "CONCEDE"


def test_forces_provided_with_arms_are_given_aid() -> None:
    assert main_type("Russia supplied the rebels with rifles, ammunition and other equipment.") == "AID"
    assert main_type("The ministry provided journalists with a statement.") is None


def test_a_cut_workforce_is_no_event() -> None:
    assert main_type("The company reduced its workforce.") is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The president called his Kenyan counterpart on Tuesday to discuss the drought.", "CONSULT"),
        ("The UN on Monday called on Israel to halt settlement building.", "REQUEST"),
    ],
)
def test_a_leader_called_is_a_phone_call_and_a_call_on_someone_a_demand(text: str, event_type: str) -> None:
    """ "called X on Tuesday": a date's "on" makes no call upon anyone."""
    assert main_type(text) == event_type


def test_someone_called_names_is_no_call() -> None:
    assert main_type("The opposition called the minister a liar on Monday.") is None


def test_only_armed_forces_mobilized_are_a_mobilization() -> None:
    """ "mobilized pressure groups to support X": lobbying, not forces readied; the support is the event."""
    assert main_type("The army mobilized 300,000 reservists.") == "MOBILIZE"
    lobbying = "Saudi Arabia mobilized pressure groups in the United States to support the Palestinians."
    assert main_type(lobbying) == "SUPPORT"


@pytest.mark.parametrize(
    ("text", "target_country"),
    [
        ("Putin ordered troops into Ukraine.", "UKR"),
        ("The president sent troops into the rebel region.", None),
        ("The government dispatched police to the town after the riots.", None),
        ("Russia massed troops on the border.", None),
        ("The army moved tanks and troops toward the border.", None),
    ],
)
def test_forces_sent_or_ordered_somewhere_are_a_mobilization(text: str, target_country: str | None) -> None:
    """Sending, ordering or massing armed forces is PLOVER MOBILIZE by its sender (an office too: "the president");
    the forces moved are the sender's own, and whom they are sent into is the target, not a town or region."""
    doc = document(text)
    event = main_event(doc, acled_only=False)
    assert event is not None and event.type == "MOBILIZE" and event.actor is not None
    target = actor(doc, event.target)
    assert (target.country if target else None) == target_country


@pytest.mark.parametrize(
    "text",
    [
        "She sent her son to school.",
        "The court ordered him to pay a fine.",
        "The police sent an officer to the house.",
        "The company moved its headquarters to Dublin.",
        "I have recently sent 13 children of Isis fighters to an orphanage.",
    ],
)
def test_sending_or_ordering_what_is_no_armed_force_is_no_mobilization(text: str) -> None:
    """People who are no force, one officer, an order to act (a demand), a thing moved."""
    assert "MOBILIZE" not in {e.type for e in document(text).events}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Australia sent troops to help the Philippines army in its fight against Islamic State.", "AID"),
        ("Japan is sending troops to the United Nations peacekeeping force in South Sudan.", "AID"),
        ("Britain has sent a team of paratroopers to Lebanon to help the country patrol its borders.", "AID"),
        ("The U.S. sent 3,000 troops to distribute supplies in Somalia.", "AID"),
        ("The president sent the troops home from Syria.", "RETREAT"),
    ],
)
def test_forces_sent_as_help_are_aid_and_forces_sent_home_a_withdrawal(text: str, event_type: str) -> None:
    """Forces sent to help another or to keep the peace are military aid (as forces trained for another are); forces
    sent home are withdrawn."""
    types = {e.type for e in document(text).events}
    assert event_type in types and "MOBILIZE" not in types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The United States froze Iran's assets.", "SANCTION"),
        ("The EU froze talks with Turkey.", "SANCTION"),
        ("The government froze wages.", None),
        ("The lake froze overnight.", None),
    ],
)
def test_assets_or_dealings_frozen_are_a_sanction(text: str, event_type: str | None) -> None:
    """Freezing another's assets or one's dealings with them sanctions them; wages or water frozen is no event."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The United States cut military aid to Egypt.", "SANCTION"),
        ("China has reduced humanitarian aid to Tajikistan.", "SANCTION"),
        ("The army distributed food and medicine to people who had fled.", "AID"),
        ("Germany is contributing $46 million to the Iraq Humanitarian Fund.", "AID"),
        ("The government cut taxes.", None),
        ("Contact with their son was cut off in July.", None),
        ("The president delivered a speech.", None),
    ],
)
def test_aid_cut_is_a_sanction_and_aid_handed_out_is_aid(text: str, event_type: str | None) -> None:
    """Cutting aid or ties sanctions the party it was given to (the aid is no longer given, so no AID); handing out or
    contributing money or relief is aid; taxes cut or a speech delivered is neither."""
    doc = document(text)
    event = main_event(doc, acled_only=False)
    assert (event.type if event else None) == event_type
    if event_type == "SANCTION":
        assert "AID" not in {e.type for e in doc.events}


def test_forces_sent_in_the_passive_are_the_senders_own_not_the_target() -> None:
    doc = document("Troops were sent to the region by the government on Monday.")
    event = main_event(doc, acled_only=False)
    assert event is not None and event.type == "MOBILIZE" and event.target is None
    assert actor(doc, event.actor).sector == "GOV"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("IDF troops apprehended a Lebanese man after he crossed the border.", "COERCE"),
        ("An Istanbul court formally charged the mayor with terrorism.", "ACCUSE"),
        ("A Copenhagen court found Britta Nielsen guilty of stealing 117 million kroner.", "SANCTION"),
        ("Russia has strengthened its forces in Crimea.", "MOBILIZE"),
        ("Police charged the protesters with batons.", None),
        ("The court found him not guilty.", None),
        ("Police found the body in a field.", None),
        ("The party apprehended cross-voting in the election.", None),
    ],
)
def test_legal_and_security_verbs_read_by_their_complement(text: str, event_type: str | None) -> None:
    """An arrest (of people: "apprehended cross-voting" is feared), an indictment ("charged X with" an offence, not
    with batons), a conviction ("found guilty", not "not guilty"), forces strengthened; nothing where the same verbs
    tell something else."""
    event = main_event(document(text), acled_only=False)
    assert (event.type if event else None) == event_type


def test_an_order_to_act_stays_a_demand() -> None:
    """ "ordered the army to quell the protests": what the army is told to do, not forces sent somewhere."""
    doc = document("The president ordered the army to quell the protests.")
    assert "REQUEST" in {e.type for e in doc.events} and "MOBILIZE" not in {e.type for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        "Croatian authorities are failing to uphold the property rights of Croatian Serb refugees, a human rights "
        "group protested here Wednesday.",
        "The government is lying about the vote, the opposition protested on Monday.",
    ],
)
def test_a_protest_that_tags_what_was_said_is_an_accusation(text: str) -> None:
    assert main_type(text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May, in Lima, teachers protested on Monday.",
        "After the vote, hundreds of students protested in the capital.",
    ],
)
def test_a_protest_after_a_setting_or_a_clause_of_time_stays_a_demonstration(text: str) -> None:
    assert main_type(text) == "PROTEST"


def test_a_mediation_mission_is_a_consultation_by_those_who_send_it() -> None:
    doc = document("The UN sent a mediation mission to Sudan on Monday.")
    event = main_event(doc, acled_only=False)
    assert event is not None and (event.type, event.modes) == ("CONSULT", ["third-party"])
    assert actor(doc, event.actor).name == "UN"


@pytest.mark.parametrize(
    ("text", "has_aid"),
    [("He bought a new hearing aid in Nairobi.", False), ("The US sent aid to Haiti on Monday.", True)],
)
def test_an_aid_that_is_a_device_is_no_aid_given(text: str, has_aid: bool) -> None:
    assert any(e.type == "AID" for e in document(text).events) is has_aid


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to comment on the report.",
        "A spokesman refused to confirm or deny the report.",
        "The ministry declined comment on Tuesday.",
        "Officials declined to elaborate on the talks.",
    ],
)
def test_a_refusal_to_speak_is_no_rejection(text: str) -> None:
    assert main_type(text) != "REJECT"


def test_a_refusal_to_act_stays_a_rejection() -> None:
    assert main_type("Iran refused to release the sailors.") == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's junta let free nearly three dozen activists on Friday.",
        "The government let free activists in the face of protests.",
        "The kidnappers let the hostages go on Sunday.",
        "The authorities let the detained journalists go after two days.",
    ],
)
def test_captives_let_free_or_let_go_are_released(text: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and (event.type, event.modes) == ("RETREAT", ["release"])


@pytest.mark.parametrize(
    "text",
    [
        "The authorities released two nationals who had been arrested at the border.",
        "The junta freed a former minister as well as several activists.",
        "The ministry announced the release of three sailors who were detained last month.",
    ],
)
def test_people_released_are_known_by_a_who_clause_or_a_conjunct(text: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and (event.type, event.modes) == ("RETREAT", ["release"])


def test_a_thing_released_is_no_release() -> None:
    assert main_type("The band released a new album which topped the charts.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels will release two guards held captive by them.",
        "The army freed two homeguards held captive by the rebels.",
    ],
)
def test_people_held_captive_who_are_released_are_no_abduction(text: str) -> None:
    """ "held captive" describing the people released tells how they were held before: the release is the event, of
    people whatever the noun ("homeguards")."""
    doc = document(text)
    assert [e.type for e in doc.events] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    ["The teacher let the students speak.", "The company let 200 workers go last year."],
)
def test_let_in_other_senses_is_no_release(text: str) -> None:
    assert "RETREAT" not in {event.type for event in document(text).events}


@pytest.mark.parametrize(
    "text",
    ["Turkey opened its borders to Syrian refugees.", "Iran opened its borders to displaced Afghans."],
)
def test_borders_opened_to_refugees_are_refuge_given(text: str) -> None:
    """PLOVER AID includes humanitarian aid such as asylum; letting refugees in gives them refuge."""
    assert main_type(text) == "AID"


@pytest.mark.parametrize(
    "text",
    ["The town opened its borders at dawn.", "Israel reopened the crossing into the Gaza Strip on Sunday."],
)
def test_a_border_opened_to_no_refugees_eases_a_restriction(text: str) -> None:
    """Opening a way into the country undoes the restriction closing it imposes (PLOVER CONCEDE), not aid."""
    assert main_type(text) == "CONCEDE"


@pytest.mark.parametrize(
    "text", ["Police opened fire on the crowd at the border.", "The mayor reopened the old bridge to traffic."]
)
def test_opening_no_way_into_a_country_is_no_concession(text: str) -> None:
    assert "CONCEDE" not in {event.type for event in document(text).events}


@pytest.mark.parametrize(
    "text",
    ["Ghana closed its borders with Togo and Burkina Faso.", "The crossing was sealed after the vote."],
)
def test_a_border_closed_is_a_restriction_on_movement(text: str) -> None:
    """Shutting a way into the country restricts movement (CAMEO 1724), PLOVER COERCE."""
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == "COERCE" and "restrict" in event.modes


@pytest.mark.parametrize(
    "text", ["Pyongyang has violated a ban on missile tests.", "The shipments breached the UN arms embargo."]
)
def test_a_ban_violated_is_defied(text: str) -> None:
    """Violating a ban, an embargo or sanctions defies a norm or law (CAMEO 128), PLOVER REJECT."""
    assert main_type(text) == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that lifting the ban on aid is out of the question.",
        "Talks with the rebels are out of the question, the president said.",
    ],
)
def test_an_act_said_to_be_out_of_the_question_is_refused(text: str) -> None:
    assert main_type(text) == "REJECT"


@pytest.mark.parametrize("text", ["The museum closed its doors.", "The company shut the factory."])
def test_closing_anything_but_a_border_is_no_event(text: str) -> None:
    assert main_type(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pittsburgh is considering giving money to developers for green building projects.",
        "Japan is considering sending aid to North Korea after the floods.",
        "The council is weighing giving permission to the developers.",
        "The board deliberated giving money to the developers.",
        "The law punishes anyone giving money to the group.",
    ],
)
def test_an_act_only_considered_or_of_anyone_at_all_is_no_event(text: str) -> None:
    assert not {"AID", "CONCEDE"} & {event.type for event in document(text).events}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A Russian diplomat offered concessions on the missile treaty.", "AGREE"),
        ("The Bulgarian army has offered to provide security for the airport.", "AGREE"),
        ("Italy is ready to contribute to peacekeeping in the region.", "AGREE"),
        ("The rebels said they will lay down their arms on Sunday.", "AGREE"),
        ("Hundreds of rebels laid down their weapons in the valley.", "RETREAT"),
        ("The ambassador offered his condolences to the families.", None),
    ],
)
def test_offers_and_disarming(text: str, event_type: str | None) -> None:
    """An offer to act or to help is PLOVER AGREE; so is a promise to lay down arms, while arms laid down are a
    disarmament (RETREAT); condolences offered are no event."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The union called off the strike on Friday.", "CONCEDE"),
        ("Teachers said they will not end the strike until their demands are met.", "REJECT"),
        ("The farmers ended their boycott of the market.", "CONCEDE"),
        ("The dockworkers cancelled their strike on Tuesday.", "CONCEDE"),
    ],
)
def test_protesters_ending_their_protest_yield(text: str, event_type: str) -> None:
    """Ending a strike or boycott is the protesters' concession (CAMEO 082, ease dissent); saying they will not end it
    is a refusal to yield."""
    assert main_type(text) == event_type


def test_rulers_ending_a_protest_yield_nothing() -> None:
    doc = document("The prime minister vowed to end the protests in the capital.")
    assert not {"CONCEDE", "AGREE"} & {event.type for event in doc.events}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The United States will not lift the embargo until the island holds elections.", "REJECT"),
        ("The rebels won't release the soldiers without a ransom.", "REJECT"),
        ("The army will not attack the city.", "ASSAULT"),
    ],
)
def test_cooperation_negated_in_the_future_is_a_refusal(text: str, event_type: str) -> None:
    """ "X will not lift the ban" states X's refusal, said or not; a hostile act negated stays that act, negated."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Israel has established diplomatic ties with Bhutan.", "SUPPORT"),
        ("Russia recognized the independence of Abkhazia.", "SUPPORT"),
        ("The minister recognized the problem of corruption.", None),
        ("The army established a checkpoint near the village.", None),
    ],
)
def test_diplomatic_ties_and_recognition_are_support(text: str, event_type: str | None) -> None:
    """Ties established and states recognized are diplomatic cooperation (CAMEO 054, PLOVER SUPPORT)."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The union backed down after a week of talks.", "CONCEDE"),
        ("The minister backed off from his plan to raise taxes.", "CONCEDE"),
        ("The party backed the plan of the minister.", "SUPPORT"),
    ],
)
def test_backing_down_is_a_concession_and_backing_a_plan_support(text: str, event_type: str) -> None:
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Fifty American soldiers deployed to Ghana to train the new border police.", "AID"),
        ("The army deployed 500 troops to help flood victims in the south.", "AID"),
        ("The army deployed troops along the border with Pakistan.", "MOBILIZE"),
        ("Norway is sending a military platoon to the UN peacekeeping mission in Mali.", "AID"),
        ("Italy has offered an armored regiment to the coalition.", "AGREE"),
    ],
)
def test_forces_deployed_to_help_another_are_aid(text: str, event_type: str) -> None:
    """Forces deployed to train or help another are military aid, as when they are sent; else a mobilization."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    "text",
    [
        "The ministry rejected accusations of racism on Monday.",
        "The governor denied charges that he took bribes from a builder.",
        "The party has strongly rejected an allegation of fraud.",
        "The accusations were rejected by the embassy on Monday.",
        "The spokesman denied reports of a split in the party.",
    ],
)
def test_a_denied_charge_is_a_statement_with_no_event(text: str) -> None:
    """Denying a charge denies responsibility (CAMEO 016, a public statement, which PLOVER does not code): neither a
    refusal nor an accusation."""
    assert main_type(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The army rejected accusations that its soldiers attacked the village.",
        "The ministry denied charges by activists that it tortured two prisoners.",
        "The company rejected allegations that it had signed a deal with the rebels.",
        "The mayor declined to comment on reports that police had arrested his deputy.",
    ],
)
def test_an_act_told_only_in_a_denied_charge_or_a_withheld_comment_is_no_event(text: str) -> None:
    """What a denied charge says was done, or what someone declines to comment on, is no act the sentence tells: it
    tells a denial or a refusal to comment (CAMEO 01)."""
    assert main_type(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The army rejected accusations of abuse and shelled rebel positions on Monday.",
        "The police declined to comment on the attack on the convoy.",
    ],
)
def test_an_act_beside_a_denied_charge_or_named_as_known_in_it_stays_an_event(text: str) -> None:
    """A denial tells nothing of an act done beside it, nor of one its charge names as known ("Saturday's attack"):
    only who did it is denied (``test_an_act_named_inside_a_denied_charge_is_the_denial``)."""
    assert main_type(text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Serbia rejected the demand to hand over the suspects.",
        "Serbia rejected Albania's claim to the disputed island.",
        "The commission rejected the government's report on the riots.",
    ],
)
def test_a_demand_a_claim_to_something_or_a_document_rejected_stays_a_refusal(text: str) -> None:
    assert main_type(text) == "REJECT"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The officials said they agree with the ministry that the law should be changed.", None),
        ("Health officials said they agree with the recommendation.", None),
        ("The rebels agreed with the government on a ceasefire.", "AGREE"),
        ("The rebels agreed with the government to end the fighting.", "AGREE"),
    ],
)
def test_agreeing_with_an_opinion_is_no_accord(text: str, event_type: str | None) -> None:
    """Sharing another's view is a comment (CAMEO 019); an accord on something, or to do something, is AGREE."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The senator expressed optimism at a bipartisan deal.", None),
        ("The negotiator is pessimistic about the possibility of a deal.", None),
        ("The leader expressed pessimism over holding negotiations with the United States.", None),
        ("The two parties signed a deal on Monday.", "AGREE"),
    ],
)
def test_a_deal_or_talks_felt_about_are_not_reported(text: str, event_type: str | None) -> None:
    """Optimism or pessimism about a deal or talks (CAMEO 012/013) is about a prospect, not an accord or meeting."""
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The EU suspended its sanctions against Belarus for six months.", "CONCEDE"),
        ("France suspended a digital tax on American tech companies.", "CONCEDE"),
        ("The US suspended military aid to Pakistan.", "SANCTION"),
    ],
)
def test_a_measure_suspended_is_eased_and_a_dealing_suspended_cut(text: str, event_type: str) -> None:
    assert main_type(text) == event_type


@pytest.mark.parametrize(
    "text",
    [
        "The president gave the rebels a 48-hour deadline to lay down their arms.",
        "The minister set a 30-day deadline for the company to pay the fines.",
    ],
)
def test_a_deadline_handed_to_a_party_is_an_ultimatum(text: str) -> None:
    doc = document(text)
    threat = next(e for e in doc.events if e.type == "THREATEN")
    assert actor(doc, threat.actor) is not None


@pytest.mark.parametrize(
    "text",
    ["The council set a deadline for submissions.", "The agency said it would not meet the deadline."],
)
def test_a_deadline_set_or_met_with_no_one_pressed_is_no_threat(text: str) -> None:
    assert "THREATEN" not in {e.type for e in document(text).events}


def test_a_measure_lifted_is_aimed_at_whom_its_phrase_names_and_owned_by_its_imposer() -> None:
    doc = document("UN sanctions against Iran were lifted on Saturday.")
    event = main_event(doc, acled_only=False)
    assert event.type == "CONCEDE"
    assert (actor(doc, event.actor).name, actor(doc, event.target).country) == ("UN", "IRN")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Canadian prime minister has called off a planned visit to Washington next month.", "USA"),
        ("The rebel commander issued an ultimatum to Moscow on Tuesday.", "RUS"),
    ],
)
def test_a_capital_a_visit_or_a_message_goes_to_stands_for_its_state(text: str, country: str) -> None:
    doc = document(text)
    event = main_event(doc, acled_only=False)
    assert actor(doc, event.target).country == country


def test_a_town_visited_is_where_not_whom() -> None:
    doc = document("The minister cancelled a planned visit to Mosul on Sunday.")
    event = main_event(doc, acled_only=False)
    assert event.target is None


def test_a_thing_given_back_has_its_recipient_as_target_wherever_the_to_hangs() -> None:
    doc = document("The museum returned a painting that was stolen in 1989 from a gallery in Manhattan to Italy.")
    event = main_event(doc, acled_only=False)
    assert (event.type, actor(doc, event.target).country) == ("RETREAT", "ITA")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The EU is allocating 95 million euros in humanitarian support to Yemen.", "AID"),
        ("The president expressed support for the plan.", "SUPPORT"),
    ],
)
def test_support_of_a_material_kind_is_aid_and_a_word_of_support_support(text: str, event_type: str) -> None:
    assert main_type(text) == event_type


def test_a_threat_of_famine_is_a_danger_and_no_threat_made() -> None:
    danger = document("Millions face an imminent threat of famine, the UN said.")
    assert "THREATEN" not in {e.type for e in danger.events}
    assert main_type("The rebels issued a threat of attacks on the capital.") == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government expressed condolences to Peru over a flood in Lima that killed 30 people.",
        "The Danish minister offered his sympathy over an attack on a market that killed 12 people.",
        "The foreign minister expressed deep concern to the families of the miners who were killed in the blast.",
    ],
)
def test_a_comment_of_feeling_is_the_statement_and_what_it_reacts_to_its_occasion(text: str) -> None:
    """ "expressed condolences over an attack": the sentence reports the comment (a statement, no PLOVER event); the
    harm it reacts to stays on record as an event of its own."""
    doc = document(text)
    assert main_event(doc, acled_only=False) is None
    assert "ASSAULT" in {e.type for e in doc.events}


def test_an_event_told_in_a_sentence_after_the_comment_is_the_main_event() -> None:
    text = "The minister expressed condolences to the families. Gunmen killed five villagers in Kaduna on Monday."
    assert main_type(text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group claimed responsibility for the bombing, which killed nine soldiers near the border.",
        "A spokesman for the militia claimed responsibility for two attacks on army posts in the north.",
        "The insurgents claimed that they had attacked an army convoy near the capital with rockets.",
    ],
)
def test_an_act_told_as_what_its_doer_claims_is_the_claim(text: str) -> None:
    """A claim of responsibility is what the sentence reports (CAMEO 015, a statement); the attack stays on record."""
    doc = document(text)
    assert main_event(doc, acled_only=False) is None
    assert "ASSAULT" in {e.type for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers in the north on Monday. The rebel group claimed responsibility.",
        "The army said it had killed 20 militants in the raid.",
        "Police claimed that protesters had attacked officers with stones.",
    ],
)
def test_an_act_told_beside_a_claim_or_reported_by_its_doer_stays_the_main_event(text: str) -> None:
    assert main_type(text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry rejected claims that the army was behind Saturday's attack on the convoy.",
        "The ministry rejected accusations by the mayor that the army was behind the attack on the market.",
    ],
)
def test_an_act_named_inside_a_denied_charge_is_the_denial(text: str) -> None:
    """ "rejected claims that the army was behind Saturday's attack": the sentence reports the denial (a statement);
    the attack, named as known, stays on record."""
    doc = document(text)
    assert main_event(doc, acled_only=False) is None
    assert "ASSAULT" in {e.type for e in doc.events}


def test_a_release_whose_object_comes_after_a_short_phrase_is_still_read() -> None:
    """ "freed on bail two former ministers": the parser takes the long object for a second object of "on"."""
    assert main_type("A court in Harare freed on bail two former ministers.") == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "The army halted its offensive on the northern town.",
        "The rebels ceased hostilities on Monday.",
        "The air force suspended air strikes on the province.",
        "The government said it has stopped its military operations near the capital.",
    ],
)
def test_hostilities_halted_are_a_ceasefire_not_an_attack(text: str) -> None:
    """Halting one's own hostilities is a ceasefire (PLOVER RETREAT, CAMEO 0871); the fighting named is not told."""
    doc = document(text)
    assert [(e.type, e.modes) for e in doc.events] == [("RETREAT", ["ceasefire"])]


@pytest.mark.parametrize(
    "text", ["The airline suspended operations at the airport.", "The factory ceased production in May."]
)
def test_business_halted_is_no_ceasefire(text: str) -> None:
    assert "RETREAT" not in {event.type for event in document(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "The police pressured the workers to call off their strike.",
        "The ministry pressured the lecturers into cancelling the walkout.",
    ],
)
def test_pressing_a_party_to_act_is_a_demand(text: str) -> None:
    assert main_type(text) == "REQUEST"


def test_pressure_with_no_act_asked_for_is_no_demand() -> None:
    assert "REQUEST" not in {event.type for event in document("Low prices pressured the farmers.").events}


def test_reaffirming_what_others_must_do_is_a_demand() -> None:
    assert main_type("The council reaffirmed that all parties must protect civilians.") == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Egypt sent a letter to Israel that it must withdraw its troops.",
        "The president issued a stern reminder on Friday to Iraq that it must admit the inspectors.",
    ],
)
def test_a_message_of_what_another_must_do_is_a_demand_to_its_addressee(text: str) -> None:
    doc = document(text)
    event = main_event(doc, acled_only=False)
    assert event.type == "REQUEST" and actor(doc, event.target).country in {"ISR", "IRQ"}


def test_a_message_described_by_a_relative_clause_demands_nothing() -> None:
    assert main_type("The council issued a statement that must be approved by the assembly.") is None


def test_access_allowed_for_relief_workers_is_access() -> None:
    event = document("The government allowed access for relief workers to the besieged town.").events[0]
    assert (event.type, event.modes) == ("RETREAT", ["access"])


def test_a_stance_the_parser_reads_as_an_adjective_is_still_the_subjects_own() -> None:
    """ "are committed to" is parsed as "are" with an adjectival "committed": a commitment all the same."""
    assert main_type("The rebels said they are committed to ending the war.") == "AGREE"


def test_funds_mobilised_are_aid_and_troops_mobilised_a_mobilization() -> None:
    assert main_type("The European Union is mobilising new funds to support the peace process.") == "AID"
    assert main_type("The army mobilised 5,000 troops near the border.") == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "The charity flew 20 tons of medicine into the capital on Sunday.",
        "The navy airlifted food and tents to the flooded villages.",
        "The ministry sent a team of medical experts to the stricken town.",
    ],
)
def test_relief_carried_or_medical_experts_sent_are_aid(text: str) -> None:
    assert main_type(text) == "AID"


def test_experts_sent_with_no_mark_of_help_investigate() -> None:
    assert main_type("The agency sent a team of experts to the site of the blast.") == "ACCUSE"


def test_a_plane_flown_carries_no_aid() -> None:
    assert main_type("The pilot flew the plane to the capital on Sunday.") is None


def test_aid_that_supports_people_is_aid_not_a_stance() -> None:
    assert main_type("Canadian aid supported thousands of farmers in the region.") == "AID"
    assert main_type("Germany supported the plan.") == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "The country slid into political chaos that threatens the peace deal.",
        "The dispute threatens regional stability, analysts said.",
    ],
)
def test_a_thing_put_at_risk_is_no_threat(text: str) -> None:
    assert main_type(text) != "THREATEN"


def test_a_threat_to_leave_a_deal_is_still_a_threat() -> None:
    assert main_type("The minister threatened to quit the deal.") == "THREATEN"


def test_people_counted_in_are_taken_in_and_an_offer_accepted_is_agreed() -> None:
    assert main_type("Canada accepted 200 families from the border camps.") == "AID"
    assert main_type("The rebels accepted the offer of talks.") == "AGREE"


def test_an_aid_package_is_aid_and_other_packages_are_not() -> None:
    assert main_type("The government's assistance package consisted of $5 million in relief supplies.") == "AID"
    assert main_type("The software package was released on Monday.") != "AID"
