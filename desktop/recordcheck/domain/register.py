"""The register's records: what the organisation keeps to show it is accountable.

Plain frozen dataclasses, no I/O. The store (``recordcheck.store``) reads and writes them; the
exports and the window display them. Times are timezone-aware (UTC when they come from the
store); dates (review dates, due dates) are plain calendar dates. ``author`` is always the OS
user name of whoever created the record, ``updated_by`` whoever changed it last.

The status of a consent is never stored as a free value the user can overwrite: it is the kind
of the latest event in the consent's append-only event list (by time, ties broken by entry
order); the store keeps it in step in the same transaction as each event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from recordcheck.dates import local_day
from recordcheck.domain.assessment import Assessment
from recordcheck.domain.assessment_codec import from_contract
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import Channel, ConsentMechanism, Purpose

#: Art. 12(3): a request (here: a withdrawal and the erasure it triggers) is answered within one
#: month. The store sets the due date of a withdrawal's deletion task this many days ahead at
#: most; 30 days is never later than "one month" from any start date.
WITHDRAWAL_DELETION_DAYS = 30


class ScenarioStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class ConsentEventKind(StrEnum):
    """What happened to a consent. Events are appended, never changed or removed."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


#: Mechanisms that can carry a valid consent (active opt-in before recording; R70, R71).
#: Announcement-only, "continuing is accepting" and opt-out keys are not consent.
VALID_CONSENT_MECHANISMS = frozenset(
    {
        ConsentMechanism.OPT_IN_KEY,
        ConsentMechanism.VERBAL_YES_LOGGED,
        ConsentMechanism.WRITTEN,
        ConsentMechanism.MEETING_CLICK,
    }
)


class StartEvent(StrEnum):
    """When a retention period starts to run (deletion policy field 6)."""

    RECORDING_DATE = "recording_date"
    END_OF_RELATIONSHIP = "end_of_relationship"
    COMPLAINT_CLOSED = "complaint_closed"
    POLICE_DECISION = "police_decision"
    OTHER = "other"


class DeletionReason(StrEnum):
    RETENTION = "retention"  # recurring: the retention period of a rule has run out
    WITHDRAWAL = "withdrawal"  # one-off: a person withdrew consent (Art. 7(3), 17(1)(b))


class DeletionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


def _frozen(value: Mapping[Any, Any] | None) -> Mapping[Any, Any]:
    return value if isinstance(value, MappingProxyType) else MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class ScenarioRecord:
    """A scenario as kept in the register, with its register metadata.

    ``version`` starts at 1 and grows with every saved change, so an assessment can say which
    version of the scenario it judged.
    """

    id: int
    scenario: Scenario
    status: ScenarioStatus
    owner: str | None
    next_review: date | None
    version: int
    created_at: datetime
    updated_at: datetime
    author: str
    updated_by: str


@dataclass(frozen=True)
class ScenarioDependents:
    """What the register holds for one scenario, counted before the scenario may be deleted.

    Consents, the deletion log, and the assessments of a scenario that has been in use
    (``was_active``) are evidence the organisation must be able to show later: such a
    scenario is never deleted, only retired (:attr:`keeps_evidence`). A draft that never went
    into use may be deleted with what was made for it (assessments, retention rules, open
    deletion tasks, the Art. 30 entry, ticked obligations) after the user has seen their
    counts; the audit log keeps a copy of each deleted record."""

    assessments: int = 0
    retention_rules: int = 0
    deletion_tasks: int = 0
    activities: int = 0
    obligation_checks: int = 0
    consents: int = 0
    deletion_log: int = 0
    was_active: bool = False

    @property
    def keeps_evidence(self) -> bool:
        return bool(self.consents or self.deletion_log or self.was_active)

    @property
    def deleted_along(self) -> int:
        return (
            self.assessments
            + self.retention_rules
            + self.deletion_tasks
            + self.activities
            + self.obligation_checks
        )


@dataclass(frozen=True)
class ScenarioSummary:
    """What a list of scenarios shows. Read without decoding each scenario, so a register of
    1,000 scenarios lists quickly; open the :class:`ScenarioRecord` for the rest."""

    id: int
    name: str
    channel: Channel | None
    purposes: tuple[Purpose, ...]
    status: ScenarioStatus
    updated_at: datetime


@dataclass(frozen=True)
class AssessmentRecord:
    """An immutable snapshot of one assessment run: what we concluded, under which rules, when.

    ``assessment`` is the full ``recordcheck.assessment/1`` object as stored (the snapshot
    edge); treat it as read-only and use :attr:`result` for the typed result.
    """

    id: int
    scenario_id: int
    scenario_version: int
    created_at: datetime
    author: str
    rulebase_id: str
    rulebase_version: str
    profile: str
    assessment: dict[str, Any] = field(hash=False)

    @property
    def result(self) -> Assessment:
        """The snapshot read back as a typed result (its reasons keep their stored words)."""
        return from_contract(self.assessment)


@dataclass(frozen=True)
class ObligationCheck:
    """An obligation (``OBL-…``) the user has marked as done for one scenario."""

    scenario_id: int
    obligation_id: str
    done: bool
    done_at: datetime | None
    author: str
    note: str = ""


@dataclass(frozen=True)
class ProcessingActivity:
    """One entry of the Art. 30(1) record of processing ("fortegnelse"), plus the extra columns
    the legal research recommends (rules.md §4.2). Generated from a scenario and its latest
    assessment, then edited freely by the user; ``id`` is 0 for an entry not yet stored.

    What the generator knows is kept as data, never as words of one language: purposes,
    categories of people and of data as the contract's codes (an item the user typed is kept
    as written), the retention per purpose in days, the processor's name, the legal bases as
    codes. The documents put them in words of their own language (``exports.ropa``)."""

    id: int
    name: str
    scenario_id: int | None = None
    # (a) controller, joint controller, representative, DPO: names and contact details
    controller: str = ""
    joint_controllers: str = ""
    representative: str = ""
    dpo: str = ""
    # (b) purposes
    purposes: tuple[Purpose, ...] = ()
    purpose_description: str = ""
    # (c) categories of data subjects and of personal data
    data_subject_categories: tuple[str, ...] = ()
    data_categories: tuple[str, ...] = ()
    # (d) recipients, incl. in third countries
    recipients: tuple[str, ...] = ()
    # (e) transfers to third countries (country; safeguards for Art. 49(1) second subparagraph)
    third_country_transfers: str = ""
    # (f) envisaged time limits for erasure: days per purpose, and the user's own note
    retention: Mapping[Purpose, int] = field(default_factory=dict, hash=False)
    erasure_time_limits: str = ""
    # (g) general description of the Art. 32 security measures
    security_measures: str = ""
    # extra columns
    channel: Channel | None = None
    legal_basis: Mapping[Purpose, tuple[str, ...]] = field(default_factory=dict, hash=False)
    consent_register_reference: str = ""
    processor: str = ""
    dpa_date: date | None = None
    dpia_reference: str = ""
    dpia_date: date | None = None
    storage_location: str = ""
    retention_rule_ids: tuple[int, ...] = ()
    source_assessment_id: int | None = None
    owner: str = ""
    last_review: date | None = None
    next_review: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    author: str = ""
    updated_by: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "legal_basis", _frozen(self.legal_basis))
        object.__setattr__(self, "retention", _frozen(self.retention))


@dataclass(frozen=True)
class ConsentInput:
    """What the user enters when registering a consent (or a refusal) given by one person.

    ``outcome`` is the first event: :attr:`ConsentEventKind.GIVEN` or ``REFUSED`` (a refusal is
    worth recording too: it shows the choice was free, and it must be respected).
    """

    person_name: str
    scenario_id: int
    purposes: tuple[Purpose, ...]
    mechanism: ConsentMechanism
    notice_version: str
    given_at: datetime
    phone: str | None = None
    email: str | None = None
    reference: str | None = None
    evidence_note: str = ""
    channel: str = ""
    outcome: ConsentEventKind = ConsentEventKind.GIVEN


@dataclass(frozen=True)
class ConsentEvent:
    """One thing that happened to a consent: given, refused, withdrawn or expired.

    ``at`` is when it happened (as reported), ``recorded_at`` when it was entered."""

    id: int
    consent_id: int
    kind: ConsentEventKind
    at: datetime
    channel: str
    author: str
    recorded_at: datetime
    note: str = ""


@dataclass(frozen=True)
class ConsentRecord:
    """A person's consent to some purposes of one scenario, with its current status.

    ``status`` and ``status_at`` come from the latest event (by time; ties by entry order)."""

    id: int
    person_name: str
    scenario_id: int
    purposes: tuple[Purpose, ...]
    mechanism: ConsentMechanism
    notice_version: str
    given_at: datetime
    status: ConsentEventKind
    status_at: datetime
    created_at: datetime
    author: str
    phone: str | None = None
    email: str | None = None
    reference: str | None = None
    evidence_note: str = ""


@dataclass(frozen=True)
class RetentionRule:
    """One line of the deletion policy ("slettepolitik", rules.md §4.3) for a scenario and
    purpose. ``follow_up_days`` is how often the recurring deletion task comes due."""

    id: int
    scenario_id: int
    purpose: Purpose
    period_days: int
    start_event: StartEvent = StartEvent.RECORDING_DATE
    data_category: str = ""  # what the rule covers, e.g. "call recordings", "transcripts"
    justification: str = ""
    legal_basis: str = ""
    statutory_source: str = ""
    exceptions: str = ""  # e.g. dispute/complaint/litigation hold: max extension and who decides
    system_location: str = ""
    deletion_method: str = ""
    backup_handling: str = ""
    responsible: str = ""
    follow_up: str = ""
    follow_up_days: int = 30
    last_review: date | None = None
    next_review: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    author: str = ""


@dataclass(frozen=True)
class DeletionTask:
    """Something that must be deleted by ``due``.

    Retention tasks recur (one open task per rule; confirming it opens the next); withdrawal
    tasks are one-off and name the person. ``cutoff``: recordings made before this date are
    past their retention period (retention tasks only)."""

    id: int
    scenario_id: int
    purpose: Purpose | None
    reason: DeletionReason
    due: date
    status: DeletionStatus
    created_at: datetime
    author: str
    consent_id: int | None = None
    person_name: str | None = None
    retention_rule_id: int | None = None
    cutoff: date | None = None
    done_at: datetime | None = None

    def is_overdue(self, on: date) -> bool:
        return self.status is DeletionStatus.OPEN and self.due < on


def withdrawal_due_date(withdrawn_at: datetime) -> date:
    """The latest date the erasure after a withdrawal may happen (Art. 12(3): one month),
    counted from the local calendar day of the withdrawal (the day the person would name)."""
    return local_day(withdrawn_at) + timedelta(days=WITHDRAWAL_DELETION_DAYS)


@dataclass(frozen=True)
class DeletionLogEntry:
    """Proof that a deletion task was carried out: who confirmed what was deleted, how, when."""

    id: int
    task_id: int
    scenario_id: int
    reason: DeletionReason
    what: str
    method: str
    deleted_at: datetime
    author: str
    recorded_at: datetime
    purpose: Purpose | None = None
    consent_id: int | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One change to one record: who, when, which table and record, and its before/after."""

    id: int
    at: datetime
    author: str
    table: str
    record_id: str
    action: AuditAction
    before: Mapping[str, Any] | None = field(default=None, hash=False)
    after: Mapping[str, Any] | None = field(default=None, hash=False)


@dataclass(frozen=True)
class RegisterWarning:
    """Something about the register's location the user should know (e.g. a sync folder).

    ``code`` is a message key in the ``store`` text area; ``params`` fill it in."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class RegisterInfo:
    """Facts about an open register, for ``register info`` and the window's status line."""

    path: str
    schema_version: int
    revision: str
    counts: Mapping[str, int] = field(default_factory=dict, hash=False)
    warnings: tuple[RegisterWarning, ...] = ()
    engine: str = "sqlite"
    engine_version: str = ""
    journal_mode: str = ""
