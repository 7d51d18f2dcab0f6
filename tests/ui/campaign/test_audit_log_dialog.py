"""The audit log at 1366×768: events in words, the raw record one click away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.store.audit_export import audit_rows
from reviewer.store.audit_words import audit_names
from reviewer.store.storage import open_campaign
from ui.app import create_application
from ui.campaign.audit_log_dialog import AuditLogDialog
from ui.campaign.audit_log_model import AuditLogModel
from ui.i18n import install_language


def test_events_read_as_words_and_the_raw_record_is_one_click_away(
    qtbot: Any, demo_file: Path
) -> None:
    create_application()
    install_language("en")
    with open_campaign(demo_file) as store:
        rows, names = audit_rows(store), audit_names(store)
    dialog = AuditLogDialog(rows, lambda: None, None, names)
    qtbot.addWidget(dialog)
    dialog.show()
    changes = [
        str(dialog.proxy.index(r, AuditLogModel.CHANGE).data())
        for r in range(dialog.proxy.rowCount())
    ]
    assert changes and not any("{" in c or '"' in c for c in changes)
    assert any(c.startswith("Applicant 咸阳市: package imported") for c in changes)
    dialog.table.selectRow(0)
    assert "{" not in dialog.details.toPlainText()
    dialog.raw.click()
    assert "{" in dialog.details.toPlainText()  # the record as stored
