"""avtoituba: run an open-government workshop day offline."""

__version__ = "0.1.0"
APP_NAME = "avtoituba"
ORG_NAME = "avtoituba"
