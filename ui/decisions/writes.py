"""Carrying out a write the Decisions tab or one of its dialogs asked for."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.errors import ReviewerError
from ui.widgets.shell import Shell


def written(
    shell: Shell, title: str, action: Callable[[], object], show: Callable[[], None]
) -> bool:
    """Carry out a write, showing a refusal under `title`; `show` what is stored after,
    written or not. Says whether it was written."""
    try:
        action()
    except ReviewerError as error:
        shell.show_error(title, error)
        return False
    finally:
        show()
    return True
