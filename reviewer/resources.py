"""Files shipped in the `resources` package, found the same way in a source tree, a
wheel and a PyInstaller build: beside the package's own module, as plain files (never
zipped in any way Reviewer is installed).

Found by the package's `__file__` rather than `importlib.resources`, and JSON read with
`json` imported when asked: the window's start needs a font and an icon from here, and
those two imports were a tenth of what a bare window takes to show (bench/startup.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import resources as _shipped

UI_FONT = "fonts/wqy-microhei.ttc"
SONG_FONT = "fonts/gbsn00lp.ttf"
APP_ICON = "icons/reviewer.png"

_ROOT = Path(_shipped.__file__).parent


def resource_path(relative: str) -> Path:
    """A real file path, for libraries that open files by name (fonts, Qt translators)."""
    return _ROOT.joinpath(*relative.split("/"))


def read_json(relative: str) -> Any:
    import json

    return json.loads(resource_path(relative).read_text(encoding="utf-8"))
