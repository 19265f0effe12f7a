"""Which county (maakond) each Estonian municipality belongs to (the 79 since 2017)."""

from __future__ import annotations

COUNTIES: dict[str, tuple[str, ...]] = {
    "Harju maakond": (
        "Tallinn", "Maardu linn", "Keila linn", "Loksa linn", "Anija vald", "Harku vald",
        "Jõelähtme vald", "Kiili vald", "Kose vald", "Kuusalu vald", "Lääne-Harju vald",
        "Raasiku vald", "Rae vald", "Saku vald", "Saue vald", "Viimsi vald"),
    "Hiiu maakond": ("Hiiumaa vald",),
    "Ida-Viru maakond": (
        "Narva linn", "Narva-Jõesuu linn", "Sillamäe linn", "Kohtla-Järve linn",
        "Alutaguse vald", "Jõhvi vald", "Lüganuse vald", "Toila vald"),
    "Jõgeva maakond": ("Jõgeva vald", "Mustvee vald", "Põltsamaa vald"),
    "Järva maakond": ("Järva vald", "Paide linn", "Türi vald"),
    "Lääne maakond": ("Haapsalu linn", "Lääne-Nigula vald", "Vormsi vald"),
    "Lääne-Viru maakond": (
        "Haljala vald", "Kadrina vald", "Rakvere linn", "Rakvere vald", "Tapa vald",
        "Vinni vald", "Viru-Nigula vald", "Väike-Maarja vald"),
    "Põlva maakond": ("Kanepi vald", "Põlva vald", "Räpina vald"),
    "Pärnu maakond": (
        "Häädemeeste vald", "Kihnu vald", "Lääneranna vald", "Põhja-Pärnumaa vald",
        "Pärnu linn", "Saarde vald", "Tori vald"),
    "Rapla maakond": ("Kehtna vald", "Kohila vald", "Märjamaa vald", "Rapla vald"),
    "Saare maakond": ("Muhu vald", "Ruhnu vald", "Saaremaa vald"),
    "Tartu maakond": (
        "Elva vald", "Kambja vald", "Kastre vald", "Luunja vald", "Nõo vald",
        "Peipsiääre vald", "Tartu linn", "Tartu vald"),
    "Valga maakond": ("Otepää vald", "Tõrva vald", "Valga vald"),
    "Viljandi maakond": ("Mulgi vald", "Põhja-Sakala vald", "Viljandi linn", "Viljandi vald"),
    "Võru maakond": ("Antsla vald", "Rõuge vald", "Setomaa vald", "Võru linn", "Võru vald"),
}

_BY_NAME = {name.casefold(): county for county, names in COUNTIES.items() for name in names}
_BY_NAME["tallinna linn"] = "Harju maakond"


def county_of(municipality: str) -> str | None:
    """The county of ``municipality`` (None: not an Estonian municipality's name)."""
    key = " ".join(municipality.split()).casefold()
    return _BY_NAME.get(key)
