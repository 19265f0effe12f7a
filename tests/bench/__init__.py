"""Benchmarks: each module is run as ``python -m tests.bench.<name>`` (not collected by pytest)."""
