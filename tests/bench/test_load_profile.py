"""The load's profile by its parts: the claims index's share of a followed load, measured on the
loading thread, and the report's line for it."""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.generate import write_world
from bench.report import _index_share
from bench.tasks import load_entente


def test_a_followed_load_reports_the_index_share_and_stays_in_step(tmp_path: Path) -> None:
    write_world(tmp_path / "world", 600, seed=5)
    args = argparse.Namespace(world=tmp_path / "world", store=tmp_path / "store", index=True)
    answer = load_entente(args)
    assert answer["indexed"] is True  # timing the observer's calls leaves the index following
    assert answer["claims"] == 600
    assert answer["index_stage_s"] > 0 and answer["index_join_s"] > 0
    assert answer["index_stage_s"] + answer["index_join_s"] < answer["load_s"]


def test_an_unfollowed_load_has_no_index_share(tmp_path: Path) -> None:
    write_world(tmp_path / "world", 200, seed=5)
    args = argparse.Namespace(world=tmp_path / "world", store=tmp_path / "store", index=False)
    answer = load_entente(args)
    assert answer["index_stage_s"] == 0 and answer["index_join_s"] == 0
    assert _index_share([answer["load_s"]], [answer["index_stage_s"]], [answer["index_join_s"]]) == []


def test_the_share_line_gives_medians_and_the_rest() -> None:
    (line,) = _index_share([10.0, 12.0, None], [1.0, 1.0, 2.0], [3.0, 5.0, 9.0])
    assert "medians over 2 run(s)" in line  # the run that did not finish is left out
    assert "the claims index 5.0 s (45%; staging the quads as they pass 1.0 s" in line
    assert "joining them into the index when the write ends 4.0 s); the rest 6.0 s" in line
