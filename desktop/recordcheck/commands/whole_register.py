"""``recordcheck register init|info|backup|restore|export-json|import-json``: the register as a
whole, through ``services.register_file`` (the same use cases as the window's File menu)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from recordcheck.commands.common import dump, say, tell, warn_location, workspace
from recordcheck.services import cli_support, register_file
from recordcheck.texts import text


# -- arguments ----------------------------------------------------------------------------------
def info_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text")


def backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help="file or folder (default: the data folder's backups/)",
    )


def restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("src", metavar="BACKUP.sqlite3")


def export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", nargs="?", default="-", metavar="OUT.json")


def import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("src", metavar="IN.json")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace a register that already holds data (a copy of it is kept in backups/)",
    )


# -- handlers -----------------------------------------------------------------------------------
def run_init(options: argparse.Namespace) -> int:
    with workspace(options, create=True) as ws:
        existed = ws.register_path.exists()
        ws.register()  # opening checks (and migrates) an existing register
        say("exists" if existed else "created", options, path=ws.register_path)
        warn_location(ws, options)
    return 0


def run_info(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        info = ws.register().info()
    if options.format == "json":
        data = {k: cli_support.jsonable(v) for k, v in info.__dict__.items() if k != "warnings"}
        data["warnings"] = [text(w.code, options.lang, **w.params) for w in info.warnings]
        dump(data)
        return 0
    print(
        f"{info.path}\nschema {info.schema_version} ({info.revision}), "
        f"SQLite {info.engine_version}, journal {info.journal_mode}"
    )
    for name, count in info.counts.items():
        print(f"  {name}: {count}")
    for warning in info.warnings:
        print(text(warning.code, options.lang, **warning.params), file=sys.stderr)
    return 0


def run_backup(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        written = register_file.backup(ws, Path(options.dest) if options.dest else None)
        say("backup_done", options, path=written)
    return 0


def run_restore(options: argparse.Namespace) -> int:
    with workspace(options, create=True) as ws:  # an older backup is migrated on opening
        replaced = register_file.restore(ws, Path(options.src))
        say("restore_done", options, path=ws.register_path, src=options.src)
        if replaced.safety is not None:
            say("cli.previous_kept", options, path=replaced.safety)
    return 0


def run_export(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        if options.out == "-":
            sys.stdout.write(register_file.export_document(ws) + "\n")
        else:
            register_file.export_json(ws, Path(options.out))
            say("export_done", options, path=options.out)
    return 0


def run_import(options: argparse.Namespace) -> int:
    source = Path(options.src)
    with workspace(options, create=True) as ws:
        ws.register()  # the register to import into exists (empty) even if the file is refused
        data = register_file.read_export(source)  # checked before the register is replaced
        if not options.replace and cli_support.holds_data(ws):
            tell("store.import_not_empty", options, path=ws.register_path)
            tell("cli.import_replace_hint", options)
            return 2
        replaced = register_file.import_json(ws, source, data)
        say("import_done", options, count=replaced.records, path=ws.register_path)
        if replaced.safety is not None:
            say("cli.previous_kept", options, path=replaced.safety)
    return 0
