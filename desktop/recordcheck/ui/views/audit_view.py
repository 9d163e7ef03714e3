"""The Audit log section: who changed what, when – read-only, filterable by kind and date.

The register writes one audit entry per change (with the record before and after); this view
only reads them, newest first, at most :data:`LIMIT` at a time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recordcheck.dates import as_utc
from recordcheck.dates import day_and_time as moment
from recordcheck.services.audit_words import changed_columns, describe, field_label
from recordcheck.services.labels import purpose_label
from recordcheck.services.workspace import Workspace
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.views.common import buddy, date_edit, read_date, record_table
from recordcheck.ui.views.table_models import Column, RecordRole, RecordTableModel

LIMIT = 2000


def table_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "organisation": translate("AuditView", "Organisation"),
        "scenarios": translate("AuditView", "Scenario"),
        "assessments": translate("AuditView", "Assessment"),
        "obligation_checks": translate("AuditView", "Obligation ticked"),
        "retention_rules": translate("AuditView", "Retention rule"),
        "activities": translate("AuditView", "Art. 30 entry"),
        "consents": translate("AuditView", "Consent"),
        "consent_events": translate("AuditView", "Consent event"),
        "deletion_tasks": translate("AuditView", "Deletion task"),
        "deletion_log": translate("AuditView", "Deletion logged"),
        "register_meta": translate("AuditView", "Register"),
    }


class AuditView(QWidget):
    def __init__(
        self, workspace: Workspace, lang: str, changes: ChangesBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("section:audit")
        self.workspace, self.lang = workspace, lang
        self.titles = table_titles()
        self.actions = {
            "insert": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
        }
        self.event_words = {
            "given": self.tr("consent given"),
            "refused": self.tr("consent refused"),
            "withdrawn": self.tr("consent withdrawn"),
            "expired": self.tr("consent expired"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Audit log") + "</h2>"))
        intro = QLabel(
            self.tr(
                "Every change to the register: who made it and when. Nothing here can be edited."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.kind = QComboBox()
        row.addWidget(buddy(self.tr("&Kind of record:"), self.kind, "auditKind"))
        row.addWidget(self.kind)
        self.kind.addItem(self.tr("All kinds"), None)
        for table, title in self.titles.items():
            self.kind.addItem(title, table)
        self.since = date_edit(self.tr("any date"))
        row.addWidget(buddy(self.tr("&From:"), self.since, "auditSince"))
        row.addWidget(self.since)
        row.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        row.addWidget(self.count)
        layout.addLayout(row)
        self.model = RecordTableModel(
            [
                Column(self.tr("When"), lambda e: moment(e.at)),
                Column(self.tr("Who"), lambda e: e.author),
                Column(
                    self.tr("What"), lambda e: f"{self.titles.get(e.table, e.table)} #{e.record_id}"
                ),
                Column(self.tr("Change"), lambda e: self.actions.get(str(e.action), str(e.action))),
                Column(self.tr("Details"), self.summary),
            ],
            self,
        )
        self.table = record_table(
            self.model, "auditTable", self.tr("Audit log"), (140, 110, 190, 90)
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        layout.addWidget(self.table, 2)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setProperty("i18n_data", True)
        layout.addWidget(buddy(self.tr("What changed:"), self.detail, "auditDetail"))
        layout.addWidget(self.detail, 1)
        self.kind.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        changes.changed.connect(lambda _c: self.reload() if self._loaded else None)
        self._loaded = False

    def summary(self, entry: Any) -> str:
        """For a change, the fields that changed; for a new or deleted record, what it is."""
        if str(entry.action) == "update":
            return ", ".join(field_label(c, self.lang) for c in changed_columns(entry))
        if entry.table == "register_meta":
            return "; ".join(describe(entry, self.lang))
        record = dict(entry.after or entry.before or {})
        if record.get("kind") in self.event_words:
            return self.event_words[record["kind"]]
        for key in ("name", "person_name", "what"):
            if record.get(key):
                return str(record[key])
        if record.get("purpose"):
            return purpose_label(record["purpose"], self.lang)
        return ""

    def showEvent(self, event: Any) -> None:
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._loaded = True
        since = read_date(self.since)
        entries = self.workspace.register().audit_log(
            table=self.kind.currentData(), limit=LIMIT, since=as_utc(since) if since else None
        )  # from local midnight
        self.model.set_records(entries)
        self.count.setText(self.tr("Changes shown: %1").replace("%1", str(len(entries))))

    def _show_entry(self, current: Any, _previous: Any = None) -> None:
        entry = current.data(RecordRole) if current.isValid() else None
        if entry is None:
            self.detail.setPlainText("")
            return
        self.detail.setPlainText("\n".join(describe(entry, self.lang)))
