"""Getting a package's files back out of the campaign, to open them in a viewer."""

from __future__ import annotations

import re
from pathlib import Path

from models import Material
from reviewer.blobs import iter_blob
from reviewer.errors import CampaignNotWritable
from reviewer.storage import CampaignStore


def _safe_name(name: str) -> str:
    """The file's own name, without folders or characters Windows refuses."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return re.sub(r'[<>:"|?*\x00-\x1f]', "_", base) or "file"


def export_material(store: CampaignStore, material_id: int, folder: Path) -> Path:
    """Write one material to `folder` under its original name and return the path.

    Streams chunk by chunk, so a large plan never sits whole in memory.
    """
    with store.reading() as session:
        material = session.get_one(Material, material_id)
        target = Path(folder) / f"{material_id}" / _safe_name(material.file_name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as out:
                for chunk in iter_blob(session, material.sha256):
                    out.write(chunk)
        except OSError as exc:
            raise CampaignNotWritable(path=target, detail=exc.strerror or exc) from exc
    return target
