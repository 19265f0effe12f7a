"""A completed homework pack coming back: the invisible marks written into each pack
(``marks``) and the reading of a returned document (``reader``). Qt-free."""
