"""Consents: who agreed (or refused) to what, and the append-only events that followed.

A withdrawal never edits the consent: it appends an event and, in the same transaction,
creates the one-off deletion task the withdrawal triggers (Art. 7(3), 17(1)(b), 12(3)).
The ``status`` column caches the kind of the latest event (by time; a later entry wins a tie),
kept in step by :func:`append_event` in the event's own transaction.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from recordcheck.dates import as_utc
from recordcheck.dates import message_moment as moment
from recordcheck.domain.register import (
    VALID_CONSENT_MECHANISMS,
    ConsentEvent,
    ConsentEventKind,
    ConsentInput,
    ConsentRecord,
    DeletionReason,
    DeletionStatus,
    DeletionTask,
    withdrawal_due_date,
)
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.errors import InputError
from recordcheck.store import rows, schema
from recordcheck.store.base import RegisterBase
from recordcheck.store.errors import InvalidChangeError, NotFoundError
from recordcheck.store.tx import Tx


def name_key(name: str) -> str:
    """The form names are searched in: case-folded (so Søren, SØREN and søren match)."""
    return " ".join(name.casefold().split())


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def append_event(
    tx: Tx, consent_id: int, kind: ConsentEventKind, at: datetime, channel: str, note: str
) -> Any:
    """Append one event and bring the consent's cached status up to date (not audited
    separately: the status is derived from the event, which is audited)."""
    event = tx.insert(
        schema.consent_events,
        consent_id=consent_id,
        kind=kind.value,
        at=at,
        channel=channel,
        note=note,
        author=tx.author,
        recorded_at=tx.now,
    )
    c = schema.consents.c
    tx.conn.execute(
        schema.consents.update()
        .where(c.id == consent_id, c.status_at <= at)
        .values(status=kind.value, status_at=at)
    )
    return event


#: How far ahead a consent's time may lie: a clock a little off, or a time zone mix-up, but
#: never a typo such as 2099 (which would push the withdrawal deadline decades away).
FUTURE_SLACK = timedelta(days=1)


def _check_input(consent: ConsentInput, outcome: ConsentEventKind) -> None:
    if not consent.person_name.strip():
        raise InputError("store.name_required")
    if not consent.purposes:
        raise InputError("store.purposes_required")
    if outcome is ConsentEventKind.GIVEN and consent.mechanism not in VALID_CONSENT_MECHANISMS:
        raise InputError(
            "store.not_a_consent_mechanism",
            mechanism=consent.mechanism.value,
            allowed=valid_mechanisms(),
        )


def valid_mechanisms() -> str:
    """The mechanisms that can carry a consent, for messages and ``--help``."""
    return ", ".join(m.value for m in ConsentMechanism if m in VALID_CONSENT_MECHANISMS)


def unique_purposes(purposes: tuple[Purpose | str, ...]) -> tuple[Purpose, ...]:
    """The purposes once each, in the order given (``documentation`` twice is one purpose)."""
    return tuple(dict.fromkeys(Purpose(p) for p in purposes))


def _check_purposes(purposes: tuple[Purpose, ...], scenario: Any) -> None:
    """A consent can only cover purposes the scenario records for (review B13)."""
    allowed = [Purpose(p) for p in json.loads(scenario.scenario_json).get("purposes", [])]
    for purpose in purposes:
        if purpose not in allowed:
            raise InputError(
                "store.purpose_not_in_scenario",
                purpose=purpose.value,
                scenario=scenario.id,
                allowed=", ".join(p.value for p in allowed),
            )


class ConsentRepo(RegisterBase):
    def add_consent(self, consent: ConsentInput) -> ConsentRecord:
        """Register a consent (or a refusal) and its first event."""
        given_at = as_utc(consent.given_at)
        outcome = ConsentEventKind(consent.outcome)
        _check_input(consent, outcome)
        purposes = unique_purposes(consent.purposes)
        if given_at > self.now() + FUTURE_SLACK:
            raise InputError("store.given_in_future", **moment("at", given_at))
        with self._write() as tx:
            scenario = tx.require(schema.scenarios, "scenario", id=consent.scenario_id)
            _check_purposes(purposes, scenario)
            row = tx.insert(
                schema.consents,
                person_name=consent.person_name,
                name_key=name_key(consent.person_name),
                phone=consent.phone,
                email=consent.email,
                reference=consent.reference,
                scenario_id=consent.scenario_id,
                purposes=json.dumps([p.value for p in purposes]),
                mechanism=consent.mechanism.value,
                notice_version=consent.notice_version,
                given_at=given_at,
                evidence_note=consent.evidence_note,
                status=outcome.value,
                status_at=given_at,
                created_at=tx.now,
                author=tx.author,
            )
            append_event(tx, row.id, outcome, given_at, consent.channel, consent.evidence_note)
            row = tx.get(schema.consents, id=row.id)
        return rows.consent(row)

    def consent(self, consent_id: int) -> ConsentRecord:
        with self._read() as conn:
            row = conn.execute(
                sa.select(schema.consents).where(schema.consents.c.id == consent_id)
            ).first()
        if row is None:
            raise NotFoundError("store.not_found", what="consent", id=consent_id)
        return rows.consent(row)

    def consent_events(self, consent_id: int) -> list[ConsentEvent]:
        t = schema.consent_events
        query = sa.select(t).where(t.c.consent_id == consent_id).order_by(t.c.at, t.c.id)
        with self._read() as conn:
            return [rows.consent_event(r) for r in conn.execute(query)]

    def withdraw_consent(
        self, consent_id: int, *, at: datetime, channel: str, note: str = ""
    ) -> DeletionTask:
        """Record the withdrawal and create the deletion task due within one month."""
        at = as_utc(at)
        with self._write() as tx:
            consent = tx.require(schema.consents, "consent", id=consent_id)
            if consent.status != ConsentEventKind.GIVEN.value:
                # one sentence per status, so no raw "withdrawn" reaches a Danish message
                raise InvalidChangeError(f"store.not_in_force_{consent.status}", id=consent_id)
            if at < consent.given_at:
                raise InvalidChangeError(
                    "store.withdrawn_before_given",
                    **moment("at", at),
                    **moment("given", consent.given_at),
                )
            append_event(tx, consent_id, ConsentEventKind.WITHDRAWN, at, channel, note)
            task = tx.insert(
                schema.deletion_tasks,
                scenario_id=consent.scenario_id,
                purpose=None,
                reason=DeletionReason.WITHDRAWAL.value,
                due=withdrawal_due_date(at),
                status=DeletionStatus.OPEN.value,
                consent_id=consent_id,
                person_name=consent.person_name,
                created_at=tx.now,
                updated_at=tx.now,
                author=tx.author,
                updated_by=tx.author,
            )
        return rows.deletion_task(task)

    def expire_consent(self, consent_id: int, *, at: datetime, note: str = "") -> ConsentRecord:
        """Mark a consent as expired (e.g. the agreed period ran out); appends an event."""
        with self._write() as tx:
            tx.require(schema.consents, "consent", id=consent_id)
            append_event(tx, consent_id, ConsentEventKind.EXPIRED, as_utc(at), "", note)
        return self.consent(consent_id)

    # -- search ---------------------------------------------------------------------------
    @staticmethod
    def _filters(
        name: str,
        scenario_id: int | None,
        purpose: Purpose | str | None,
        status: ConsentEventKind | str | None,
        since: date | datetime | None,
        until: date | datetime | None,
    ) -> list[Any]:
        c = schema.consents.c
        where: list[Any] = []
        if name.strip():
            where.append(c.name_key.like(f"%{_like_escape(name_key(name))}%", escape="\\"))
        if scenario_id is not None:
            where.append(c.scenario_id == scenario_id)
        if purpose is not None:
            where.append(c.purposes.like(f'%"{Purpose(purpose).value}"%'))
        if status is not None:
            where.append(c.status == ConsentEventKind(status).value)
        if since is not None:
            where.append(c.given_at >= as_utc(since))
        if until is not None:
            where.append(c.given_at <= as_utc(until))
        return where

    def search_consents(
        self,
        name: str = "",
        *,
        scenario_id: int | None = None,
        purpose: Purpose | str | None = None,
        status: ConsentEventKind | str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[ConsentRecord]:
        """Consents whose name contains ``name`` (any case), newest first, a page at a time.

        ``since``/``until`` bound the time the consent was given (a date means its midnight)."""
        c = schema.consents.c
        where = self._filters(name, scenario_id, purpose, status, since, until)
        order = (c.given_at.desc(), c.id.desc())
        query = sa.select(schema.consents)
        if name.strip():
            # LIKE '%…%' cannot seek: scan the small covering index ix_consents_search for the
            # page's ids, then fetch those rows. Ordering by an expression keeps the planner
            # from walking the given_at index row by row instead (slow for a rare name).
            unindexed = sa.func.coalesce(c.given_at, c.given_at)
            page = (
                sa.select(c.id)
                .where(*where)
                .order_by(unindexed.desc(), c.id.desc())
                .limit(limit)
                .offset(offset)
            )
            query = query.where(c.id.in_(page.scalar_subquery()))
        else:
            query = query.where(*where).limit(limit).offset(offset)
        query = query.order_by(*order)
        with self._read() as conn:
            return [rows.consent(r) for r in conn.execute(query)]

    def count_consents(
        self,
        name: str = "",
        *,
        scenario_id: int | None = None,
        purpose: Purpose | str | None = None,
        status: ConsentEventKind | str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
    ) -> int:
        query = (
            sa.select(sa.func.count())
            .select_from(schema.consents)
            .where(*self._filters(name, scenario_id, purpose, status, since, until))
        )
        with self._read() as conn:
            return int(conn.execute(query).scalar_one())
