"""The event evaluation: its fixed split, its gold mappings, and a run on a tiny slice of each dataset."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsevents.annotate.geo import Gazetteer
from newsevents.eval.events import _as_unidentified, acled_actor, clean_note, evaluate_events, split_of
from newsevents.record import Event, Place, Span
from nlp_helpers import document


def test_split_is_fixed_and_about_one_fifth_test():
    keys = [f"KEY{i}" for i in range(2000)]
    assert [split_of(k) for k in keys] == [split_of(k) for k in keys]
    share = sum(split_of(k) == "test" for k in keys) / len(keys)
    assert 0.15 < share < 0.25


def test_coder_metadata_is_cut_from_notes():
    note = "Property destruction: On 3 May 2022, a bomb went off in a shop. [size=no report]"
    assert clean_note(note) == "On 3 May 2022, a bomb went off in a shop."


def test_acled_actor_gold_mapping():
    gazetteer = Gazetteer.load()
    row = {"actor1": "Military Forces of the Democratic Republic of Congo (2019-)", "inter1": "1", "country": "Uganda"}
    assert acled_actor(row, gazetteer) == ("COD", "MIL")
    row = {"actor1": "Protesters (Chile)", "inter1": "6", "country": "Chile"}
    assert acled_actor(row, gazetteer) == ("CHL", "CVL")
    row = {"actor1": "Police Forces of Kenya (2013-)", "inter1": "1", "country": "Kenya"}
    assert acled_actor(row, gazetteer) == ("KEN", "COP")
    row = {"actor1": "Government of Kenya (2022-)", "inter1": "1", "country": "Kenya"}
    assert acled_actor(row, gazetteer) == ("KEN", "GOV")


def test_acled_actor_named_after_a_name_two_states_share():
    gazetteer = Gazetteer.load()
    congo = "CODECO: Cooperative for Development of Congo"
    row = {"actor1": congo, "inter1": "3", "country": "Democratic Republic of Congo"}
    assert acled_actor(row, gazetteer)[0] == "COD"
    row = {"actor1": "Military Forces of Congo (1997-)", "inter1": "1", "country": "Republic of Congo"}
    assert acled_actor(row, gazetteer)[0] == "COG"


def test_evaluate_events_on_a_tiny_slice(shared_data: Path, tmp_path: Path):
    report = evaluate_events(shared_data, limit=5, errors=tmp_path / "errors.jsonl")
    acled = report["ACLED notes (test)"]
    assert acled["event_type"]["n"] == 5
    for metrics in report.values():
        for values in metrics.values():
            assert all(0.0 <= v <= 1.0 for k, v in values.items() if k != "n")
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert sum("event_type" in e["missed"] for e in errors) == round(5 * (1 - acled["event_type"]["ours"]))
    assert all(e["missed"] and e["note"] and e["gold"].keys() == e["ours"].keys() for e in errors)


def test_train_notes_are_each_coded_with_the_heads_of_the_fold_that_holds_them_out(monkeypatch: pytest.MonkeyPatch):
    from newsevents.eval import events
    from newsevents.events import classifier, train

    folds = [(np.array([0, 2]), {"fold": "a"}), (np.array([1, 3]), {"fold": "b"})]
    monkeypatch.setattr(train, "out_of_fold_heads", lambda *_, **__: folds)
    monkeypatch.setattr(  # the "document" of a note: the note and the heads in use when it was annotated
        events, "annotate_texts", lambda texts, _dates: ((t, classifier._heads_in_use.get()) for t in texts)
    )
    documents = events._out_of_fold_documents(Path("data"), ["n0", "n1", "n2"], ["2022-01-01"] * 3)
    assert documents == [("n0", {"fold": "a"}), ("n1", {"fold": "b"}), ("n2", {"fold": "a"})]
    assert classifier._heads_in_use.get() is None


def test_dev_and_test_halves_never_share_an_item(shared_data: Path):
    from newsevents.eval.events import half_of, read_gsr

    ids = {half: {r["id"] for r in read_gsr(shared_data) if half_of(str(r["id"])) == half} for half in ("dev", "test")}
    assert ids["dev"] and ids["test"] and not ids["dev"] & ids["test"]


def test_gsr_gold_sides_keep_countries_only():
    from newsevents.eval.events import _gold_countries

    assert _gold_countries([{"code": "IGO"}, {"code": "JAP"}]) == {"JPN"}
    assert _gold_countries("USA") == {"USA"}
    assert _gold_countries(["NGO"]) == set()


def test_india_police_labels_count_a_police_killing_as_force_too() -> None:
    from newsevents.eval.events import india_labels

    assert india_labels(document("Police opened fire and killed two protesters in Petlad.", None)) == {"KILL", "FORCE"}
    assert india_labels(document("Police arrested 20 people in Petlad.", None)) == {"ARREST"}


def test_an_unnamed_doer_reads_as_acleds_unidentified_armed_group_only_for_one_sided_violence():
    kano = Place(id="p1", name="Kano", geonameid=None, lat=12.0, lon=8.5, country="NG", feature="city")
    killing = Event(id="e1", type="ASSAULT", evidence=[Span(0, 5)])
    killing.acled = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert _as_unidentified(killing, kano) == ("NGA", "UAF")
    assert _as_unidentified(killing, None) == (None, "UAF")
    killing.acled = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    assert _as_unidentified(killing, kano) == (None, None)
