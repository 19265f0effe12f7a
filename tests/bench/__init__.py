"""Benchmarks: each module prints its figures next to a floor measured in the same run.

Run all with ``make bench`` (``python -m tests.bench``) or one with
``python -m tests.bench.<name>``. They are not part of the test suite: shared machines are
noisy, so figures are reported, not asserted.
"""
