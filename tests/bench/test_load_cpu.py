"""The load section's CPU-time bound: no load beats its CPU time over the cores."""

from bench.report import _bound_verdict, _cpu_bound


def test_the_bound_is_the_cpu_time_over_the_cores() -> None:
    (line,) = _cpu_bound(ent_cpu=56.0, bulk_cpu=20.0, bulk_s=14.0, cores=2)
    assert "entente's load 56.0 s, `bulk_load` 20.0 s (2.8x)" in line
    assert "less than 28.0 s" in line
    assert "at most 0.50x" in line  # 14 s against a floor of 28 s


def test_no_line_without_both_cpu_times() -> None:
    assert _cpu_bound(None, 20.0, 14.0, 2) == []
    assert _cpu_bound(56.0, None, 14.0, 2) == []


def test_a_ratio_known_only_from_below_is_met_or_not_measured_never_missed() -> None:
    assert _bound_verdict(12.0, 10) is True  # rdflib cut off after 12x entente's load: met whatever it took
    assert _bound_verdict(0.5, 10) is None  # cut off at half entente's time: the ratio is unknown
