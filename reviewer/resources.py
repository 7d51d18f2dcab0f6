"""Files shipped in the `resources` package, found the same way in a source tree, a
wheel and a PyInstaller build."""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

UI_FONT = "fonts/wqy-microhei.ttc"
SONG_FONT = "fonts/gbsn00lp.ttf"
APP_ICON = "icons/reviewer.png"


def resource(relative: str) -> Traversable:
    node: Traversable = resources.files("resources")
    for part in relative.split("/"):
        node = node / part
    return node


def resource_path(relative: str) -> Path:
    """A real file path, for libraries that open files by name (fonts, Qt translators).

    Resources are plain files in every way Reviewer is installed (never zipped), so the
    traversable is a path already.
    """
    return Path(str(resource(relative)))


def read_json(relative: str) -> Any:
    return json.loads(resource(relative).read_text(encoding="utf-8"))
