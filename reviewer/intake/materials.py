"""Getting a package's files back out of the campaign, to open them in a viewer."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from models import Material
from reviewer.errors import CampaignNotWritable
from reviewer.store.blobs import iter_blob
from reviewer.store.outputs import check_destination, check_folder, safe_file_name, write_file
from reviewer.store.storage import CampaignStore


def material_file_name(name: str) -> str:
    """The file's own name as the package gave it, without its folders, made safe
    (reviewer.store.outputs.safe_file_name), its extension kept when it is cut."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        return safe_file_name(base, fallback="file")
    return safe_file_name(stem, "." + extension, fallback="file")


def export_material(store: CampaignStore, material_id: int, folder: Path) -> Path:
    """Write one material to `folder` under its original name and return the path.

    Streams chunk by chunk, so a large plan never sits whole in memory. The viewing
    folder is Reviewer's own: an earlier copy of the same material is replaced, but
    never a campaign or anything in its backups.
    """
    with store.reading() as session:
        material = session.get_one(Material, material_id)
        target = Path(folder) / f"{material_id}" / material_file_name(material.file_name)
        check_folder(target.parent, campaign=store.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CampaignNotWritable(path=target.parent, detail=exc) from exc
        # Reviewer's own viewing folder: an earlier copy is replaced, even one that is
        # itself a campaign file (a package may hold anything); the open campaign and
        # its backups never.
        check_destination(target, force=True, campaign=store.path, replaces_campaign=True)

        def copy(out: BinaryIO) -> None:
            for chunk in iter_blob(session, material.sha256):
                out.write(chunk)

        write_file(target, copy)
    return target
