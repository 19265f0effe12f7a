"""The season database: bookkeeping tables of the push and pull (Qt-free).

The sync itself lives in ``avtoituba.core.season``.
"""
