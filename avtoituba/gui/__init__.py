"""The Qt user interface: a thin layer over avtoituba.core."""
