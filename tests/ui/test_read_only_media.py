"""A campaign on read-only media (a write-protected USB stick, a CD, a read-only share)
opens read-only, says so, and offers nothing that would write to it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reviewer.store.backups import backups_folder
from ui.main_window import MainWindow


def test_a_campaign_on_read_only_media_opens_read_only_and_says_so(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, for whom permission bits do not deny writing: say no for
    # the file and its folder, as the operating system does on read-only media.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    before = demo_file.read_bytes()
    assert window.open_path(demo_file)
    store = window.store
    assert store is not None and store.read_only
    assert window.statusBar().currentMessage() == (
        "You may not write to this file, so it is open read-only."
    )
    for action in (
        window.import_folder_action,
        window.import_zip_action,
        window.scores_action,
        window.restore_action,
    ):
        assert not action.isEnabled()
    window.set_store(None)
    assert demo_file.read_bytes() == before
    assert not backups_folder(demo_file).exists()
