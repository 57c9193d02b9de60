"""The MUC-4 role-filler evaluation (``newsevents eval muc``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsevents.eval.muc import matches, our_fillers, prf, read_muc, score_role
from nlp_helpers import document


@pytest.mark.parametrize(
    ("filler", "mention", "expected"),
    [
        ("the FMLN guerrillas", "fmln", True),
        ("guerrillas", "the urban guerrillas", True),
        ('"Santo Tomas" farm', "santo tomas farm", True),
        ("Myanmar government", "Myanmar 's government", True),
        ("Israel Supreme Court", "Israel ’ s Supreme Court", True),
        ("Fayez al-Sarraj", "Libyan Prime Minister Fayez al - Sarraj", True),
        ("guerrilla", "guerrillas", False),
        ("farm", "pharmacy", False),
    ],
)
def test_fillers_match_mentions_on_whole_words(filler, mention, expected):
    assert matches(filler, mention) is expected


def test_a_role_is_scored_over_entities_and_fillers():
    counts: Counter = Counter()
    gold = [["farabundo marti national liberation front", "fmln"], ["urng"]]
    score_role({"FMLN", "army"}, gold, counts)
    assert prf(counts) == {"P": 0.5, "R": 0.5, "F1": 0.5}


def test_fillers_come_from_the_events_of_violence_the_text_tells():
    doc = document(
        "Guerrillas of the FMLN killed two peasants with a bomb in San Miguel on Monday. "
        "The army did not attack the village."
    )
    fillers = our_fillers(doc)
    assert any(matches(f, "guerrillas") for f in fillers["PerpInd"] | fillers["PerpOrg"])
    assert "bomb" in {w.lower() for w in fillers["Weapon"]}
    assert not any(matches(f, "army") for f in fillers["PerpOrg"] | fillers["PerpInd"])  # denied


def test_the_dev_split_reads_with_its_wire_copy(shared_data: Path):
    data_dir = shared_data / "muc4_grit"
    if not (data_dir / "dev.json").exists():
        pytest.skip("muc4_grit dataset missing")
    docs = read_muc(data_dir, "dev", limit=5)
    assert len(docs) == 5
    assert all(d.lower == d.lower.lower() for d in docs)
    assert all(d.capitals.isupper() for d in docs if d.capitals)
    assert any(entity for d in docs for entity in d.gold["PerpInd"])
