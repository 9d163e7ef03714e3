"""``recordcheck register …``: the register on the command line (init, info, backup, restore,
JSON export/import, scenarios, consents, deletions).

Only argparse is set up at import time; the store (and SQLAlchemy) load when a sub-command
runs, so ``recordcheck assess`` stays as fast as before.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from recordcheck.errors import InputError
from recordcheck.texts import text


def _common() -> argparse.ArgumentParser:
    from recordcheck.cli import add_lang_option

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=None,
                        help="data folder (default: the OS's local application-data folder)")
    add_lang_option(common)
    return common


def _info_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text")


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("dest", nargs="?", metavar="DEST",
                   help="file or folder (default: the data folder's backups/)")


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("src", metavar="BACKUP.sqlite3")


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", nargs="?", default="-", metavar="OUT.json")


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("src", metavar="IN.json")


def _scenario_add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", metavar="SCENARIO.json")
    p.add_argument("--status", choices=("draft", "active", "retired"), default="draft")
    p.add_argument("--owner")
    p.add_argument("--next-review", metavar="YYYY-MM-DD")


def _id_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)


def _assess_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--profile", default=None)
    p.add_argument("--format", choices=("text", "json"), default="text")


def _consent_add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scenario", type=int, required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--purpose", action="append", required=True,
                   help="a purpose, e.g. documentation (repeat for several)")
    p.add_argument("--mechanism", required=True,
                   help="opt_in_key, written, verbal_yes_logged or meeting_click")
    p.add_argument("--notice-version", required=True)
    p.add_argument("--at", help="when (YYYY-MM-DD[THH:MM], local time; default now)")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--reference")
    p.add_argument("--channel", default="")
    p.add_argument("--note", default="")
    p.add_argument("--refused", action="store_true", help="the person said no")


def _withdraw_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--at", help="when (default now)")
    p.add_argument("--channel", required=True, help="how, e.g. phone or e-mail")
    p.add_argument("--note", default="")


def _consents_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", default="")
    p.add_argument("--scenario", type=int)
    p.add_argument("--purpose", help="only consents covering this purpose, e.g. documentation")
    p.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="given on or after")
    p.add_argument("--to", dest="until", metavar="YYYY-MM-DD", help="given on or before")
    p.add_argument("--status", choices=("given", "refused", "withdrawn", "expired"))
    p.add_argument("--limit", type=int, default=200)


def _deletions_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--due", metavar="YYYY-MM-DD", help="due on or before (default today)")
    p.add_argument("--all", action="store_true", help="every task, done ones too")


def _done_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--what", required=True, help="what was deleted")
    p.add_argument("--method", required=True, help="how it was deleted")


def _status_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("status", choices=("draft", "active", "retired"))


def _retention_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="SCENARIO_ID")
    p.add_argument("--purpose", required=True, help="e.g. documentation")
    p.add_argument("--days", type=int, required=True, help="retention period in days")
    p.add_argument("--start-event", default="recording_date",
                   help="recording_date, end_of_relationship, complaint_closed, "
                        "police_decision or other")
    p.add_argument("--method", default="", help="how recordings are deleted")
    p.add_argument("--responsible", default="", help="who carries out the deletion")


def _scenario_id_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="SCENARIO_ID")


def _no_args(p: argparse.ArgumentParser) -> None:
    pass


#: (name under ``register``, (group, name) at the top level or None, handler, help, arguments).
#: ``recordcheck register consent-withdraw 3`` and ``recordcheck consent withdraw 3`` are the same.
COMMANDS: tuple[tuple[str, tuple[str, str] | None, str, str, Any], ...] = (
    ("init", None, "run_init", "create the register (or check an existing one)", _no_args),
    ("info", None, "run_info", "where the register is, its version and what it holds",
     _info_args),
    ("backup", None, "run_backup", "write a one-file backup", _backup_args),
    ("restore", None, "run_restore", "replace the register by a backup", _restore_args),
    ("export-json", None, "run_export", "write the whole register as JSON", _export_args),
    ("import-json", None, "run_import", "load a JSON export into a new, empty register",
     _import_args),
    ("scenario-add", ("scenario", "add"), "run_scenario_add",
     "store a scenario file in the register", _scenario_add_args),
    ("scenarios", ("scenario", "list"), "run_scenarios", "list the scenarios", _no_args),
    ("scenario-show", ("scenario", "show"), "run_scenario_show",
     "print a stored scenario as JSON", _id_args),
    ("scenario-assess", ("scenario", "assess"), "run_scenario_assess",
     "assess a stored scenario and keep the result (the first time also drafts its "
     "processing activity and retention rules)", _assess_args),
    ("scenario-status", ("scenario", "status"), "run_scenario_status",
     "set a scenario's status: draft, active or retired", _status_args),
    ("activity-generate", None, "run_activity_generate",
     "create or refresh the scenario's processing activity (Art. 30)", _scenario_id_args),
    ("retention-set", None, "run_retention_set",
     "set the retention period for one purpose of a scenario", _retention_args),
    ("consent-add", ("consent", "add"), "run_consent_add",
     "register a consent (or a refusal)", _consent_add_args),
    ("consent-withdraw", ("consent", "withdraw"), "run_consent_withdraw",
     "record a withdrawal (creates the deletion task)", _withdraw_args),
    ("consents", ("consent", "list"), "run_consents", "list or search consents",
     _consents_args),
    ("deletions", ("deletions", "due"), "run_deletions",
     "deletion tasks due (by today, or --due; --all lists every task)", _deletions_args),
    ("deletion-done", ("deletions", "done"), "run_deletion_done",
     "confirm a deletion task was carried out", _done_args),
)
GROUPS = {"scenario": "scenarios kept in the register",
          "consent": "consents and withdrawals in the register",
          "deletions": "deletion tasks and the deletion log"}


def register(subparsers: argparse._SubParsersAction) -> None:
    common = _common()
    top = subparsers.add_parser("register", help="the local register (SQLite)",
                                description="Keep the organisation's register of scenarios, "
                                            "assessments, consents and deletions.")
    trees = {"register": top.add_subparsers(dest="register_command", metavar="SUBCOMMAND",
                                            required=True)}
    for group, help_text in GROUPS.items():
        parser = subparsers.add_parser(group, help=help_text, description=help_text)
        trees[group] = parser.add_subparsers(dest="register_command", metavar="SUBCOMMAND",
                                             required=True)
    handlers = globals()
    for name, alias, handler, help_text, arguments in COMMANDS:
        for tree, leaf in (("register", name), alias or (None, None)):
            if tree is None:
                continue
            parser = trees[tree].add_parser(leaf, parents=[common], help=help_text,
                                            description=help_text)
            arguments(parser)
            parser.set_defaults(handler=handlers[handler])


# -- helpers ---------------------------------------------------------------------------------
def _db_path(options: argparse.Namespace) -> Path:
    from recordcheck import paths

    return paths.database_path(paths.data_dir(options.data_dir))


def _open(options: argparse.Namespace, *, create: bool = False) -> Any:
    """Open the register; only the commands that make one (init, scenario-add, import-json,
    restore) pass ``create=True``, so a mistyped ``--data-dir`` is reported, not filled."""
    from recordcheck.store import open_register

    return open_register(_db_path(options), create=create)


def _say(key: str, options: argparse.Namespace, **params: Any) -> None:
    print(text(f"store.{key}", options.lang, **params))


def _warn(reg: Any, options: argparse.Namespace) -> None:
    for warning in reg.warnings():
        print(text(warning.code, options.lang, **warning.params), file=sys.stderr)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise InputError("store.bad_date", value=value) from error


def _when(value: str | None) -> datetime:
    if value is None:
        return datetime.now().astimezone()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise InputError("store.bad_datetime", value=value) from error
    return parsed if parsed.tzinfo else parsed.astimezone()


def _enum(cls: type, value: str, name: str, allowed: str | None = None) -> Any:
    try:
        return cls(value)
    except ValueError as error:
        allowed = allowed or ", ".join(m.value for m in cls)  # type: ignore[attr-defined]
        raise InputError("contract.enum", field=name, value=value, allowed=allowed) from error


#: The catalogue key that names a stored value in the user's language (review B18): the lists
#: below never print raw values such as ``draft``, ``withdrawn`` or ``withdrawal``.
_LABELS = {"scenario": "scenario_{}", "consent": "consent_{}", "task": "task_{}",
           "reason": "reason_{}"}
_LABEL_EXCEPTIONS = {("consent", "withdrawn"): "consent_withdrawn_status",
                     ("task", "done"): "task_done_status"}


def _label(kind: str, value: Any, options: argparse.Namespace) -> str:
    raw = getattr(value, "value", value)
    key = _LABEL_EXCEPTIONS.get((kind, raw)) or _LABELS[kind].format(raw)
    return text(f"store.{key}", options.lang)


def _day(value: date | datetime) -> str:
    from recordcheck.dates import message_day as day

    return day(value)


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# -- handlers --------------------------------------------------------------------------------
def run_init(options: argparse.Namespace) -> int:
    existed = _db_path(options).exists()
    with _open(options, create=True) as reg:  # opening checks (and migrates) an existing one
        _say("exists" if existed else "created", options, path=reg.path)
        _warn(reg, options)
    return 0


def run_info(options: argparse.Namespace) -> int:
    from recordcheck.store.jsoncodec import to_jsonable

    with _open(options) as reg:
        info = reg.info()
    if options.format == "json":
        data = {k: to_jsonable(v) for k, v in info.__dict__.items() if k != "warnings"}
        data["warnings"] = [text(w.code, options.lang, **w.params) for w in info.warnings]
        _dump(data)
        return 0
    print(f"{info.path}\nschema {info.schema_version} ({info.revision}), "
          f"SQLite {info.engine_version}, journal {info.journal_mode}")
    for name, count in info.counts.items():
        print(f"  {name}: {count}")
    for warning in info.warnings:
        print(text(warning.code, options.lang, **warning.params), file=sys.stderr)
    return 0


def run_backup(options: argparse.Namespace) -> int:
    from recordcheck import paths

    with _open(options) as reg:
        if options.dest:
            dest = Path(options.dest)
        else:
            dest = paths.backups_dir(reg.path.parent)
            dest.mkdir(parents=True, exist_ok=True)
        _say("backup_done", options, path=reg.backup(dest))
    return 0


def run_restore(options: argparse.Namespace) -> int:
    from recordcheck import paths
    from recordcheck.store import restore_register

    dest = paths.database_path(paths.data_dir(options.data_dir))
    restore_register(Path(options.src), dest)
    with _open(options, create=True) as reg:  # migrates an older backup and shows it opens
        _say("restore_done", options, path=reg.path, src=options.src)
    return 0


def run_export(options: argparse.Namespace) -> int:
    from recordcheck.store.filewrite import write_text_atomically
    from recordcheck.store.jsonio import dumps_document

    with _open(options) as reg:
        document = dumps_document(reg.export_json())
    if options.out == "-":
        sys.stdout.write(document + "\n")
    else:
        write_text_atomically(Path(options.out), document + "\n")
        _say("export_done", options, path=options.out)
    return 0


def run_import(options: argparse.Namespace) -> int:
    source = Path(options.src)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise InputError("contract.not_found", source=source) from error
    except json.JSONDecodeError as error:
        raise InputError("contract.not_json", source=source, line=error.lineno,
                         column=error.colno) from error
    except (OSError, UnicodeDecodeError) as error:
        raise InputError("store.import_unreadable", source=source) from error
    with _open(options, create=True) as reg:
        count = reg.import_json(data, str(source))
        _say("import_done", options, count=count, path=reg.path)
    return 0


def run_scenario_add(options: argparse.Namespace) -> int:
    from recordcheck.contract import load_scenario
    from recordcheck.domain.register import ScenarioStatus

    scenario = load_scenario(options.scenario)
    with _open(options, create=True) as reg:
        record = reg.add_scenario(scenario, status=ScenarioStatus(options.status),
                                  owner=options.owner, next_review=_date(options.next_review))
        _say("scenario_added", options, id=record.id, name=record.scenario.name)
    return 0


def run_scenarios(options: argparse.Namespace) -> int:
    with _open(options) as reg:
        records = reg.scenarios()
    if not records:
        _say("no_records", options)
    for r in records:
        review = _day(r.next_review) if r.next_review else "-"
        print(f"{r.id}\t{_label('scenario', r.status, options)}\tv{r.version}\t{review}\t"
              f"{r.owner or '-'}\t{r.scenario.name}")
    return 0


def run_scenario_show(options: argparse.Namespace) -> int:
    from recordcheck.domain.scenario_codec import scenario_to_dict

    with _open(options) as reg:
        _dump(scenario_to_dict(reg.scenario(options.id).scenario))
    return 0


def run_scenario_assess(options: argparse.Namespace) -> int:
    from recordcheck.rules import UnknownProfileError, assess, load_rulebase
    from recordcheck.rules.text_report import render_text

    rulebase = load_rulebase()
    with _open(options) as reg:
        record = reg.scenario(options.id)
        try:
            result = assess(record.scenario, profile=options.profile, lang=options.lang,
                            rulebase=rulebase)
        except UnknownProfileError as error:
            raise InputError("engine.unknown_profile", profile=error.profile,
                             known=", ".join(error.known)) from error
        stored = reg.record_assessment(record.id, result)
    if options.format == "json":
        _dump(result)
    else:
        sys.stdout.write(render_text(result, rulebase, options.lang))
        _say("assessment_saved", options, id=stored.id, scenario=record.id,
             version=stored.scenario_version)
    return 0


def run_consent_add(options: argparse.Namespace) -> int:
    from recordcheck.domain.register import ConsentEventKind, ConsentInput
    from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
    from recordcheck.store.repo_consents import valid_mechanisms

    consent = ConsentInput(
        person_name=options.name, scenario_id=options.scenario,
        purposes=tuple(_enum(Purpose, p, "--purpose") for p in options.purpose),
        mechanism=_enum(ConsentMechanism, options.mechanism, "--mechanism", valid_mechanisms()),
        notice_version=options.notice_version, given_at=_when(options.at),
        phone=options.phone, email=options.email, reference=options.reference,
        evidence_note=options.note, channel=options.channel,
        outcome=ConsentEventKind.REFUSED if options.refused else ConsentEventKind.GIVEN,
    )
    with _open(options) as reg:
        record = reg.add_consent(consent)
        _say("consent_added", options, id=record.id, name=record.person_name)
    return 0


def run_consent_withdraw(options: argparse.Namespace) -> int:
    with _open(options) as reg:
        task = reg.withdraw_consent(options.id, at=_when(options.at), channel=options.channel,
                                    note=options.note)
        _say("consent_withdrawn", options, id=options.id, task=task.id, due=_day(task.due))
    return 0


def run_consents(options: argparse.Namespace) -> int:
    from recordcheck.domain.vocabulary import Purpose

    with _open(options) as reg:
        found = reg.search_consents(
            options.name, scenario_id=options.scenario,
            purpose=_enum(Purpose, options.purpose, "--purpose") if options.purpose else None,
            status=options.status, since=_date(options.since), limit=options.limit,
            until=datetime.combine(until, time.max) if (until := _date(options.until)) else None)
    if not found:
        _say("no_records", options)
    for c in found:
        purposes = ",".join(p.value for p in c.purposes)
        scenario = text("store.list_scenario", options.lang, id=c.scenario_id)
        print(f"{c.id}\t{c.given_at.astimezone():%d-%m-%Y %H:%M}\t"
              f"{_label('consent', c.status, options)}\t{scenario}\t{purposes}\t"
              f"{c.person_name}")
    return 0


def run_deletions(options: argparse.Namespace) -> int:
    with _open(options) as reg:
        tasks = (reg.deletion_tasks() if options.all
                 else reg.due_deletions(_date(options.due) or date.today()))
    if not tasks:
        _say("no_due", options)
    for t in tasks:
        who = t.person_name or (t.purpose.value if t.purpose else "")
        cutoff = (text("store.list_cutoff", options.lang, date=_day(t.cutoff))
                  if t.cutoff else "")
        scenario = text("store.list_scenario", options.lang, id=t.scenario_id)
        print(f"{t.id}\t{_day(t.due)}\t{_label('task', t.status, options)}\t"
              f"{_label('reason', t.reason, options)}\t{scenario}\t{who}\t{cutoff}".rstrip())
    return 0


def run_deletion_done(options: argparse.Namespace) -> int:
    with _open(options) as reg:
        reg.complete_deletion(options.id, what=options.what, method=options.method)
        _say("deletion_done", options, id=options.id)
    return 0


def run_scenario_status(options: argparse.Namespace) -> int:
    from recordcheck.domain.register import ScenarioStatus

    with _open(options) as reg:
        record = reg.set_scenario_status(options.id, ScenarioStatus(options.status))
        _say("scenario_status_set", options, id=record.id,
             status=_label("scenario", record.status, options))
    return 0


def run_activity_generate(options: argparse.Namespace) -> int:
    with _open(options) as reg:
        activity = reg.generate_activity(options.id)
        _say("activity_generated", options, id=activity.id, scenario=options.id,
             name=activity.name)
    return 0


def run_retention_set(options: argparse.Namespace) -> int:
    """Insert the scenario's rule for the purpose, or change the one it has."""
    import dataclasses

    from recordcheck.domain.register import RetentionRule, StartEvent
    from recordcheck.domain.vocabulary import Purpose

    purpose = _enum(Purpose, options.purpose, "--purpose")
    start = _enum(StartEvent, options.start_event, "--start-event")
    with _open(options) as reg:
        purposes = reg.scenario(options.id).scenario.purposes
        if purpose not in purposes:
            raise InputError("store.purpose_not_in_scenario", purpose=purpose.value,
                             scenario=options.id,
                             allowed=", ".join(p.value for p in purposes))
        old = next((r for r in reg.retention_rules(options.id) if r.purpose == purpose), None)
        rule = old or RetentionRule(id=0, scenario_id=options.id, purpose=purpose,
                                    period_days=options.days)
        changes: dict[str, Any] = {"period_days": options.days, "start_event": start}
        if options.method:
            changes["deletion_method"] = options.method
        if options.responsible:
            changes["responsible"] = options.responsible
        saved = reg.save_retention_rule(dataclasses.replace(rule, **changes))
        _say("retention_saved", options, id=saved.id, scenario=options.id,
             purpose=purpose.value, days=saved.period_days)
    return 0
