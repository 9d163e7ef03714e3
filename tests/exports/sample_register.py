"""Register records for the export tests: retention rules, deletion tasks and the log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from recordcheck.domain.register import (
    DeletionLogEntry,
    DeletionReason,
    DeletionStatus,
    DeletionTask,
    RetentionRule,
    StartEvent,
)
from recordcheck.domain.vocabulary import Purpose

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
TODAY = date(2026, 11, 30)


def rules() -> list[RetentionRule]:
    return [
        RetentionRule(
            id=1,
            scenario_id=2,
            purpose=Purpose.DOCUMENTATION,
            period_days=90,
            justification="Datatilsynet foreslår 3 måneder",
            exceptions='=HYPERLINK("http://evil") tvist: op til 1 år, ejer beslutter',
            system_location="Telefoni-PBX (EU)",
            deletion_method="Automatisk job",
            backup_handling="Backup roteres efter 30 dage",
            responsible="Łukasz Ødegård",
            follow_up="Kvartalsvis kontrol",
            follow_up_days=30,
            next_review=date(2027, 2, 1),
            created_at=T0,
        ),
        RetentionRule(
            id=2,
            scenario_id=3,
            purpose=Purpose.TRAINING,
            period_days=60,
            start_event=StartEvent.RECORDING_DATE,
            responsible="+45 kontor",
            created_at=T0,
        ),
    ]


def tasks(count: int = 3) -> list[DeletionTask]:
    out = [
        DeletionTask(
            id=1,
            scenario_id=2,
            purpose=Purpose.DOCUMENTATION,
            reason=DeletionReason.RETENTION,
            due=date(2026, 11, 20),
            status=DeletionStatus.OPEN,
            created_at=T0,
            author="ole",
            retention_rule_id=1,
            cutoff=date(2026, 8, 22),
        ),
        DeletionTask(
            id=2,
            scenario_id=3,
            purpose=Purpose.TRAINING,
            reason=DeletionReason.WITHDRAWAL,
            due=date(2026, 12, 15),
            status=DeletionStatus.OPEN,
            created_at=T0,
            author="ole",
            consent_id=7,
            person_name="@Ödön <b>Ko</b>",
        ),
        DeletionTask(
            id=3,
            scenario_id=2,
            purpose=Purpose.DOCUMENTATION,
            reason=DeletionReason.RETENTION,
            due=date(2026, 10, 20),
            status=DeletionStatus.DONE,
            created_at=T0,
            author="ole",
            retention_rule_id=1,
            done_at=T0,
        ),
    ]
    for i in range(len(out), count):
        out.append(
            DeletionTask(
                id=i + 1,
                scenario_id=2 + i % 2,
                purpose=Purpose.DOCUMENTATION,
                reason=DeletionReason.RETENTION,
                due=date(2026, 12, 1) + timedelta(days=i % 400),
                status=DeletionStatus.OPEN,
                created_at=T0,
                author="ole",
                retention_rule_id=1,
                cutoff=date(2026, 9, 1) + timedelta(days=i % 400),
            )
        )
    return out


def log() -> list[DeletionLogEntry]:
    return [
        DeletionLogEntry(
            id=1,
            task_id=3,
            scenario_id=2,
            reason=DeletionReason.RETENTION,
            what="-412 optagelser før 2026-07-22",
            method="Automatisk job",
            deleted_at=T0,
            author="ole",
            recorded_at=T0,
            purpose=Purpose.DOCUMENTATION,
        )
    ]


def activities() -> list:
    from recordcheck.domain.register import ProcessingActivity
    from recordcheck.domain.vocabulary import Channel

    return [
        ProcessingActivity(
            id=1,
            name="Optagelse af bookinglinjen",
            scenario_id=2,
            purposes=(Purpose.DOCUMENTATION, Purpose.TRAINING),
            purpose_description="=cmd|' /C calc'!A0",
            data_subject_categories=("Kunder", "Medarbejdere"),
            data_categories=("Stemme", "Almindelige personoplysninger"),
            recipients=("Telefonileverandør (databehandler)",),
            third_country_transfers="Ingen",
            erasure_time_limits="90 dage (dokumentation)",
            security_measures="Adgangsstyring, kryptering, logning",
            channel=Channel.PHONE_INBOUND,
            legal_basis={Purpose.DOCUMENTATION: ("GDPR art. 6(1)(a)",)},
            processor="@Telia",
            dpa_date=date(2026, 1, 15),
            owner="Łukasz Ødegård",
            next_review=date(2027, 1, 1),
        ),
        ProcessingActivity(id=2, name="<b>Møder</b> & Teams", channel=Channel.DIGITAL_MEETING),
    ]
