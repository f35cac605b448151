"""Benchmarks: a deterministic synthetic world and the measurements ``make bench`` reports."""
