"""Section h of BENCHMARKS.md (a runaway query): rendered from its figures, and ``--only reliability``
replaces it and its Targets rows in place, leaving the rest of the report as it was."""

from __future__ import annotations

from typing import Any

from bench import reliability
from bench.run import parse_args

REPORT = """# Benchmarks

## Targets

| target | size | measured | verdict |
|---|---|---|---|
| cold start ≤ 2 s | 100,000 claims | 0.720 s | met |

## Measurements

### f. Cold start — 100,000 claims

median 0.72 s.

### g. Load test — 100,000 claims

passed.
"""


def figures(health_ms: float, answer_s: float, idle_cpu_s: float) -> dict[str, Any]:
    one = {
        "idle_health_ms": [5.0, 6.0, 7.0],
        "runaway_health_ms": [5.0, health_ms, 8.0],
        "health_failures": 0,
        "status": 503,
        "problem_json": True,
        "answer_s": answer_s,
        "runner": 123,
        "runner_gone_at_answer": True,
        "back_s": 0.05,
        "idle_s": 2.5,
        "cpu_first_s": 0.4,
        "cpu_first_new_s": 0.38,
        "cpu_idle_s": idle_cpu_s,
    }
    return {
        "deadline_s": 2.0,
        "workers": 2,
        "cpu_window_s": 1.0,
        "query": reliability.RUNAWAY,
        "init": ".venv/bin/entente init --store bench/data/reliability/store",
        "server": "ENTENTE_QUERY_TIMEOUT_S=2 .venv/bin/entente serve --store bench/data/reliability/store --port '{port}'",
        "rounds": [one, {**one, "answer_s": 2.1}],
        "date": "2026-01-01 00:00 UTC",
        "nproc": 2,
        "load_before": "0.10 0.10 0.10",
        "load_after": "0.20 0.10 0.10",
    }


def test_the_targets_are_the_limits_the_tests_used_to_assert() -> None:
    assert [row[3] for row in reliability.targets(figures(40.0, 2.3, 0.0))] == ["met"] * 3
    missed = reliability.targets(figures(250.0, 3.5, 0.3))
    assert [row[3] for row in missed] == ["**missed**"] * 3
    assert missed[0][2] == "250.0 ms" and missed[1][2].startswith("+1500 ms")
    assert reliability.targets(None) == []


def test_the_section_gives_the_figures_and_the_command() -> None:
    text = "\n".join(reliability.section(figures(40.0, 2.3, 0.0)))
    assert text.startswith(reliability.SECTION)
    assert "| while the runaway query runs | 6 | 8.0 ms | 40.0 ms | 40.0 ms | 0 |" in text  # both rounds
    assert "| 1 | 503 problem+json | 2.30 s | +300 ms | yes |" in text
    assert ".venv/bin/python -m bench.run --only reliability" in text
    assert "--port PORT" in text
    assert "Not measured" in "\n".join(reliability.section(None))


def test_splicing_appends_then_replaces_leaving_the_rest() -> None:
    first = figures(40.0, 2.3, 0.0)
    once = reliability.splice(REPORT, reliability.section(first), reliability.targets(first))
    lines = once.splitlines()
    ours = [line for line in lines if line.startswith(f"| {reliability.TARGET_PREFIX}")]
    rest = [line for line in lines if line not in ours]
    assert "\n".join(rest).startswith(REPORT.rstrip("\n"))  # appended: nothing else moved
    table = lines[lines.index("## Targets") + 2 : lines.index("## Measurements") - 1]
    assert table[2] == "| cold start ≤ 2 s | 100,000 claims | 0.720 s | met |"
    assert table[3:] == ours and [row.split(" | ")[-1] for row in ours] == ["met |"] * 3

    again = figures(250.0, 3.5, 0.3)
    twice = reliability.splice(once, reliability.section(again), reliability.targets(again))
    assert twice.count(reliability.SECTION) == 1 and twice.count(f"| {reliability.TARGET_PREFIX}") == 3
    assert "250.0 ms" in twice and "40.0 ms" not in twice

    def before_h(report: str) -> list[str]:
        above = report.split(reliability.SECTION)[0].splitlines()
        return [line for line in above if not line.startswith(f"| {reliability.TARGET_PREFIX}")]

    assert before_h(twice) == before_h(once) == [*REPORT.rstrip("\n").splitlines(), ""]

    # A section h in the middle is replaced where it stands.
    middle = REPORT.replace("### g.", "### h. old\n\nstale figures\n\n### g.")
    spliced = reliability.splice(middle, reliability.section(first), reliability.targets(first))
    assert "stale figures" not in spliced and spliced.index("### h.") < spliced.index("### g.")


def test_only_reliability_writes_into_benchmarks_md_by_default() -> None:
    plan = parse_args(["--only", "reliability"])
    assert plan.only == "reliability" and plan.out.name == "BENCHMARKS.md" and plan.runaway_rounds == 3
    assert parse_args(["--quick"]).runaway_rounds == 1
