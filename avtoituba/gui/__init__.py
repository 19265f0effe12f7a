"""The Qt user interface: a thin layer over avtoituba.core."""

import sys as _sys


def _keep_none_alive() -> None:
    """Work around a reference-count bug of PySide6 6.12 under Python 3.11.

    Every call of a Qt method that returns nothing (``setText``, ``setPointSize``, ...)
    drops one reference to ``None``, and those returning a bool one to ``True``/``False``
    (its stable-ABI build returns them as if they were immortal, as they are from Python
    3.12 on). On 3.11 a few thousand such calls (a minute of typing) end the interpreter
    with "Fatal Python error: none_dealloc" / "bool_dealloc". Give these singletons a
    reference count that no session can use up. Does nothing on 3.12 and later.
    """
    if _sys.version_info >= (3, 12) or _sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False, NotImplemented, Ellipsis):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_none_alive()
