"""The seed graph as a user sees it (every saved query, the audit, stats, every document graph)
is what tests/snapshots/seeds.json recorded. Regenerate with `python tests/snapshot.py --update`
only for an intended change of behaviour."""

import json

import pytest
from conftest import SEEDS
from snapshot import SNAPSHOT, build, take


def test_seed_behaviour_matches_snapshot(tmp_path):
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS} (../shared is not beside the repository)")
    build(tmp_path)
    now = take(tmp_path)
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert now["graphs"] == before["graphs"], "document graphs differ from the snapshot"
    assert now["audit"] == before["audit"]
    assert now["stats"] == before["stats"]
    assert set(now["queries"]) == set(before["queries"])
    for name, rows in before["queries"].items():
        assert now["queries"][name] == rows, f"saved query {name} answers differently"
