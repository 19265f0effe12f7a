"""One export of the homework pack, as a coroutine on the app's loop: the documents are
built on a worker thread (the agenda timer keeps ticking), with progress and Cancel.
python-docx is imported only here, when the trainer exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from avtoituba.export.pack_data import PackData
from avtoituba.export.pack_plan import ExportCancelled, PackOptions
from avtoituba.store.db import Store

from avtoituba.gui.shell.tasks import Cancelled, Progress, run_in_background


@dataclass(frozen=True)
class Outcome:
    """How an export ended: ``files`` written; ``error`` (kind, file, detail) when it
    failed; ``cancelled`` when the trainer stopped it."""

    files: list[Path]
    cancelled: bool = False
    error: tuple[str, str, str] | None = None


async def export_in_background(store: Store, data: PackData | None, options: PackOptions,
                               progress: Progress) -> Outcome:
    def work(p: Progress) -> list[Path]:
        from avtoituba.export.pack import export_pack
        from avtoituba.export.pack_data import load_pack

        def report(done: int, total: int, text: str) -> None:
            try:
                p.report(done, total, text)
            except Cancelled:
                pass  # export_pack stops at the next file and names what it wrote

        snapshot = data if data is not None else load_pack(store)
        return export_pack(snapshot, options, progress=report,
                           cancelled=lambda: p.cancelled)

    from avtoituba.export.documents import TemplateError, WriteError

    try:
        files = await run_in_background(work, progress)
    except (ExportCancelled, Cancelled) as exc:
        return Outcome(list(getattr(exc, "written", [])), cancelled=True)
    except WriteError as exc:
        return Outcome([], error=(exc.kind, str(exc.path),
                                  exc.cause.strerror or str(exc.cause)))
    except TemplateError as exc:
        return Outcome([], error=("template", str(exc.path), str(exc)))
    except OSError as exc:
        return Outcome([], error=("other", str(exc.filename or options.out_dir),
                                  exc.strerror or str(exc)))
    except Exception as exc:
        return Outcome([], error=("other", "", type(exc).__name__))
    return Outcome(files)


ProgressSlot = Callable[[int, int, str], None]
