"""Factuality: the model's direction on hand-written sentences, and the evaluation on a tiny slice."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.annotate.nlp import load_nlp
from newsevents.claims.factuality import factuality, fit
from newsevents.eval.factuality import evaluate_factuality, fitting_target


def _token(sentence: str, word: str):
    return next(t for t in load_nlp()(sentence) if t.text == word)


def test_stated_fact_scores_above_hedged_and_negated():
    asserted = factuality(_token("Troops shelled the village on Monday.", "shelled"))
    hedged = factuality(_token("Troops might have shelled the village on Monday.", "shelled"))
    negated = factuality(_token("Troops did not shell the village on Monday.", "shell"))
    assert asserted > hedged > negated
    assert asserted > 2.0 and negated < 0.0


def test_conditional_scores_below_asserted():
    conditional = factuality(_token("If talks fail, the army will attack the city.", "fail"))
    assert conditional < factuality(_token("Talks failed and the army attacked the city.", "failed"))


def test_fit_recovers_a_linear_rule():
    rows = [{"bias": 1.0, "negated": 1.0}, {"bias": 1.0}] * 20
    weights = fit(rows, [-3.0, 3.0] * 20, penalty=0.01)
    assert weights["bias"] == pytest.approx(3.0, abs=0.05)
    assert weights["negated"] == pytest.approx(-6.0, abs=0.05)


def test_fit_keeps_only_features_seen_often_enough():
    rows = [{"bias": 1.0, "negated": 1.0}, {"bias": 1.0}] * 20 + [{"bias": 1.0, "rare": 1.0}]
    weights = fit(rows, [-3.0, 3.0] * 20 + [3.0], penalty=0.01, min_count=2)
    assert set(weights) == {"bias", "negated"}


def test_meantime_convention_copies_every_feature_and_uw_is_the_default():
    from newsevents.claims.factuality import features

    token = _token("Troops did not shell the village.", "shell")
    default, meantime = features(token), features(token, convention="meantime")
    assert "corpus=uw" in default and not any(name.startswith("meantime:") for name in default)
    assert meantime["meantime:negated"] == pytest.approx(0.5 * meantime["negated"])
    with pytest.raises(ValueError, match="convention"):
        features(token, convention="factbank")


def test_meantime_convention_leaves_out_the_words_of_the_predicates_children():
    from newsevents.claims.factuality import features

    token = _token("The new bridge will open in May.", "open")
    default, meantime = features(token), features(token, convention="meantime")
    assert "child_aux=will" in default
    assert not any(name.startswith(("child_", "meantime:child_")) for name in meantime)
    assert "modal=future" in meantime and "meantime:modal=future" in meantime


def test_cues_are_paired_with_the_predicate_tag():
    from newsevents.claims.factuality import features

    found = features(_token("Officials were not available to comment on the raid.", "comment"))
    assert "chain_negations=1" in found
    assert "chain_negations=1&tag=VB" in found


def test_evaluation_on_a_tiny_slice(shared_data: Path):
    report = evaluate_factuality(shared_data, limit=20, split="dev")
    for corpus in ("uw", "meantime"):
        ours = report["corpora"][corpus]["ours"]
        assert ours["n"] > 0
        assert 0.0 <= ours["mae"] <= 6.0 and -1.0 <= ours["pearson"] <= 1.0


def test_negative_implicative_and_negative_quantifier_lower_factuality():
    refused = factuality(_token("The family refused to sign the agreement.", "sign"))
    managed = factuality(_token("The family managed to sign the agreement.", "sign"))
    nobody = factuality(_token("No one was hurt in the blast.", "hurt"))
    somebody = factuality(_token("Two people were hurt in the blast.", "hurt"))
    assert refused < managed
    assert nobody < somebody


def test_scope_features_name_the_cue():
    from newsevents.claims.factuality import features

    assert "argument_negquant" in features(_token("No successor was named.", "named"))
    assert "preposition=without" in features(_token("It grew without adding staff.", "adding"))
    assert "near_miss" in features(_token("The index nearly broke the record.", "broke"))
    assert "chain_negations=1" in features(_token("It grew without having to sell assets.", "sell"))


def test_scope_through_copula_governing_noun_and_clause_chain():
    from newsevents.claims.factuality import features

    assert "copula_negated" in features(_token("The company is not efficient enough.", "efficient"))
    assert "noun_class=attitude" in features(_token("Stocks fell on fears of a recession.", "recession"))
    assert "noun_class=negative" in features(_token("Reno criticised the failure to set a deadline.", "set"))
    assert "chain_class=negimpl" in features(_token("Gonzalez refused requests to go to the United States.", "go"))
    assert "head_noun_negquant" in features(_token("Annan has no trip planned so far.", "planned"))
    assert "argument_few" in features(_token("Very few people complied with the order.", "complied"))


def test_rare_negations_share_one_pooled_feature():
    from newsevents.claims.factuality import features

    for sentence, word in (
        ("The police barred the crowd from reaching the consulate.", "reaching"),
        ("The state would no longer become a victim.", "become"),
        ("The test flight was delayed after an accident.", "flight"),
    ):
        assert "negation_in_scope" in features(_token(sentence, word)), sentence
    assert "negation_in_scope" not in features(_token("The test flight was completed on time.", "flight"))


def test_sentence_cues_and_disjunction():
    from newsevents.claims.factuality import features

    found = features(_token("They may stay or leave.", "leave"))
    assert {"disjunction", "sentence_modal", "sentence_disjunction"} <= set(found)
    assert "disjunction" not in features(_token("They stayed and ate.", "ate"))


def test_governing_failure_and_fear_lower_factuality():
    failed = factuality(_token("Reno criticised the failure to set a deadline.", "set"))
    decided = factuality(_token("Reno criticised the decision to set a deadline.", "set"))
    feared = factuality(_token("Stocks fell on fears of a recession.", "recession"))
    after = factuality(_token("Stocks fell after a recession.", "recession"))
    assert failed < decided
    assert feared < after


def test_particle_reads_as_its_verb():
    from newsevents.claims.factuality import features

    for sentence, verb, particle in (
        ("Steve Jobs stepped down as chief executive.", "stepped", "down"),
        ("The company rolled out the update.", "rolled", "out"),
    ):
        assert features(_token(sentence, particle)) == features(_token(sentence, verb)), sentence
    assert features(_token("Prices rose in Asia.", "in")) != features(_token("Prices rose in Asia.", "rose"))


def test_root_predicate_is_not_its_own_governor():
    from newsevents.claims.factuality import features

    found = features(_token("Engine troubles delay the tour.", "delay"))
    assert not any(name.startswith(("head_class=", "gov=", "gov2=", "head_lemma=")) for name in found)
    assert "head_class=negimpl" in features(_token("Engine troubles delay the tour.", "tour"))


def test_verbs_of_cessation_are_not_negations():
    from newsevents.claims.factuality import features

    suspended = features(_token("Trading on the exchange was suspended on Monday.", "Trading"))
    assert "head_class=cessation" in suspended and "negation_in_scope" not in suspended
    assert "negation_in_scope" in features(_token("The test flight was delayed after an accident.", "flight"))


def test_isotonic_pools_adjacent_violators():
    from newsevents.claims.factuality import isotonic

    centres, values = isotonic([0.0, 1.0, 2.0, 3.0], [0.0, 2.0, 1.0, 3.0])
    assert centres == [0.0, 1.5, 3.0]
    assert values == [0.0, 1.5, 3.0]


def test_each_convention_reads_its_calibration():
    import numpy as np

    from newsevents.claims.factuality import fitted_model, linear_score

    token = _token("Officials said the talks might collapse.", "collapse")
    for convention in ("uw", "meantime"):
        centres, values = fitted_model()["calibration"][convention]
        assert centres == sorted(centres) and values == sorted(values)
        calibrated = float(np.clip(np.interp(linear_score(token, convention), centres, values), -3, 3))
        assert factuality(token, convention) == pytest.approx(calibrated)


def test_firm_ends_stretch_scales_each_side():
    import numpy as np

    from newsevents.claims.factuality import firm_ends_stretch

    centres, values = firm_ends_stretch(np.array([-1.0, -2.0, 1.0, 2.5]), np.array([-3.0, -3.0, 3.0, 3.0]))
    slope = (3.0 + 6.0) / (1.0 + 4.0)
    assert np.interp(-1.0, centres, values) == pytest.approx(-slope, abs=1e-3)
    top = (1.0 + 2.5) / 2
    assert np.interp(1.0, centres, values) == pytest.approx(3.0 / top, abs=1e-3)
    assert np.interp(2.0, centres, values) == pytest.approx(3.0)
    assert firm_ends_stretch(np.array([-1.0]), np.array([-0.5]))[0] == pytest.approx([-3.0, 0.0, 3.0])


def test_meantime_levels_of_doubt_are_fitted_as_one():
    """MEANTIME's levels of doubt mark the same constructions, so the fit reads them as one; its negation and its
    certainty stay, and so does UW's scale."""
    assert [fitting_target(v, "meantime") for v in (0.0, 0.75, 1.5)] == [0.75, 0.75, 0.75]
    assert [fitting_target(v, "meantime") for v in (-3.0, 3.0)] == [-3.0, 3.0]
    assert fitting_target(0.0, "uw") == 0.0


def test_firm_ends_stretch_never_compresses_the_top():
    import numpy as np

    from newsevents.claims.factuality import firm_ends_stretch

    centres, values = firm_ends_stretch(np.array([4.0, 5.0, -0.5]), np.array([3.0, 3.0, 0.0]))
    assert np.interp(2.0, centres, values) == pytest.approx(2.0)


def test_counterfactual_perfect_and_inverted_condition():
    from newsevents.claims.factuality import features

    assert "counterfactual_perfect" in features(_token("The bomb would have caused massive damage.", "caused"))
    assert "counterfactual_perfect" not in features(_token("The bomb will have caused damage by then.", "caused"))
    inverted = features(_token("Had the relatives allowed it, they would have won.", "allowed"))
    assert "conditional" in inverted
    assert "conditional" not in features(_token("The relatives had allowed it, and they won.", "allowed"))


def test_the_word_that_set_the_status_is_a_feature():
    from newsevents.claims.factuality import features

    found = features(_token("The rebels could shell the village.", "shell"))
    assert found["status_cue=speculated:could"] == 1.0
    assert not any(name.startswith("status_cue=") for name in features(_token("Rebels shelled it.", "shelled")))


def test_blocking_cue_pools_negated_complements_not_subjects_or_objects():
    from newsevents.claims.factuality import features

    for sentence, word in (
        ("The launch was cancelled after a storm.", "launch"),
        ("The minister refused to sign the treaty.", "sign"),
        ("The police barred the crowd from reaching the consulate.", "reaching"),
        ("Officials postponed the vote until March.", "vote"),
    ):
        found = features(_token(sentence, word))
        assert {"blocked", "negation_in_scope"} <= set(found), sentence
    for sentence, word in (
        ("Critics rejected the proposal on Monday.", "proposal"),
        ("The minister refused to sign the treaty.", "minister"),
    ):
        found = features(_token(sentence, word))
        assert "blocked" not in found and "negation_in_scope" not in found, sentence
    assert "blocked&tag=NN" in features(_token("The launch was cancelled after a storm.", "launch"))
    cancelled = factuality(_token("The launch was cancelled after a storm.", "launch"))
    announced = factuality(_token("The launch was announced after a storm.", "launch"))
    assert cancelled < announced


def _pretokenised_token(words: list[str], word: str):
    """A token of a sentence parsed from given tokens, as the evaluation corpora come (hyphens kept whole)."""
    from spacy.tokens import Doc

    nlp = load_nlp()
    return next(t for t in nlp(Doc(nlp.vocab, words=words)) if t.text == word)


def test_hyphenated_unrealising_modifier_reads_its_last_part():
    from newsevents.claims.factuality import features

    cancelled = _pretokenised_token(["Unions", "criticised", "the", "now-cancelled", "deal", "."], "deal")
    plain = _pretokenised_token(["Unions", "criticised", "the", "new", "deal", "."], "deal")
    assert {"modifier_class=negimpl", "unrealised_modifier", "blocked"} <= set(features(cancelled))
    assert "modifier_class=negimpl" in features(
        _pretokenised_token(["The", "much-postponed", "launch", "took", "place", "."], "launch")
    )
    assert "blocked" not in features(plain)
    assert factuality(cancelled, convention="meantime") < factuality(plain, convention="meantime")


def test_only_a_participle_clause_blocks_the_noun_it_modifies():
    from newsevents.claims.factuality import features

    delayed = _token("The flight delayed by fog landed at noon.", "flight")
    assert {"modifier_class=negimpl", "blocked"} <= set(features(delayed))
    for sentence, word in (
        ("The EU made the decision to ban the flights.", "decision"),
        ("Parliament passed a law banning smoking in bars.", "law"),
    ):
        found = features(_token(sentence, word))
        assert "modifier_class=negimpl" not in found and "blocked" not in found, sentence
    assert factuality(delayed) < factuality(_token("The EU made the decision to ban the flights.", "decision"))


def test_object_of_a_causal_or_temporal_preposition_is_presupposed():
    from newsevents.claims.factuality import features

    for sentence, word in (
        ("Airlines did not buy jets due to the ban.", "ban"),
        ("Markets fell because of the crisis.", "crisis"),
        ("The plane was grounded after the accident.", "accident"),
    ):
        found = features(_token(sentence, word))
        assert "presupposed" in found and "presupposed&tag=NN" in found, sentence
    assert "presupposed" not in features(_token("The plane landed without a permit.", "permit"))
    cause = factuality(_token("Airlines did not buy jets due to the ban.", "ban"))
    purpose = factuality(_token("Airlines did not buy jets for the ban.", "ban"))
    assert cause > purpose


def test_complement_of_an_effort_verb_is_only_attempted():
    from newsevents.claims.factuality import features

    for sentence, word in (
        ("Rescuers are fighting to save the trapped miners.", "save"),
        ("Firefighters struggled to contain the blaze.", "contain"),
        ("The bank arranged to increase its credit lines.", "increase"),
    ):
        assert "head_class=intent&dep=xcomp" in features(_token(sentence, word)), sentence
    attempted = factuality(_token("Rescuers are fighting to save the trapped miners.", "save"))
    assert attempted < factuality(_token("Rescuers managed to save the trapped miners.", "save"))
    assert "own_class=intent" not in features(_token("The update works with the new player.", "works"))
