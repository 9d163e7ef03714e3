"""``recordcheck register …`` and its short forms (``recordcheck scenario add``, ``consent list``,
``deletions due`` …): the register on the command line.

This module only builds the command tree; the handlers live with their arguments in
``whole_register``, ``scenarios`` and ``consents``. Only argparse is set up at import time; the
database layer loads when a command runs, so ``recordcheck assess`` stays fast.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from recordcheck.commands import consents, scenarios, whole_register
from recordcheck.commands.common import common_options

Handler = Callable[[argparse.Namespace], int]
Arguments = Callable[[argparse.ArgumentParser], None]


def _no_args(p: argparse.ArgumentParser) -> None:
    pass


#: (name under ``register``, (group, name) at the top level or None, handler, help, arguments).
#: ``recordcheck register consent-withdraw 3`` and ``recordcheck consent withdraw 3`` are the same.
COMMANDS: tuple[tuple[str, tuple[str, str] | None, Handler, str, Arguments], ...] = (
    (
        "init",
        None,
        whole_register.run_init,
        "create the register (or check an existing one)",
        _no_args,
    ),
    (
        "info",
        None,
        whole_register.run_info,
        "where the register is, its version and what it holds",
        whole_register.info_args,
    ),
    (
        "backup",
        None,
        whole_register.run_backup,
        "write a one-file backup",
        whole_register.backup_args,
    ),
    (
        "restore",
        None,
        whole_register.run_restore,
        "replace the register by a backup",
        whole_register.restore_args,
    ),
    (
        "export-json",
        None,
        whole_register.run_export,
        "write the whole register as JSON",
        whole_register.export_args,
    ),
    (
        "import-json",
        None,
        whole_register.run_import,
        "load a JSON export into a new, empty register (--replace: over one that holds data)",
        whole_register.import_args,
    ),
    (
        "scenario-add",
        ("scenario", "add"),
        scenarios.run_add,
        "store a scenario file in the register, assess it and draft its Art. 30 entry and "
        "retention rules",
        scenarios.add_args,
    ),
    (
        "scenario-update",
        ("scenario", "update"),
        scenarios.run_update,
        "save new answers for a stored scenario; its assessment, retention rules, open deletion "
        "tasks and Art. 30 entry follow",
        scenarios.update_args,
    ),
    ("scenarios", ("scenario", "list"), scenarios.run_list, "list the scenarios", _no_args),
    (
        "scenario-show",
        ("scenario", "show"),
        scenarios.run_show,
        "print a stored scenario as JSON",
        scenarios.id_args,
    ),
    (
        "scenario-assess",
        ("scenario", "assess"),
        scenarios.run_assess,
        "assess a stored scenario again and keep the result",
        scenarios.assess_args,
    ),
    (
        "scenario-status",
        ("scenario", "status"),
        scenarios.run_status,
        "set a scenario's status: draft, active or retired",
        scenarios.status_args,
    ),
    (
        "scenario-retire",
        ("scenario", "retire"),
        scenarios.run_retire,
        "retire a scenario (its records stay in the register)",
        scenarios.id_args,
    ),
    (
        "scenario-delete",
        ("scenario", "delete"),
        scenarios.run_delete,
        "delete a scenario that no consent or logged deletion refers to",
        scenarios.delete_args,
    ),
    (
        "activity-generate",
        None,
        scenarios.run_activity_generate,
        "create or refresh the scenario's processing activity (Art. 30)",
        scenarios.id_args,
    ),
    (
        "retention-set",
        None,
        scenarios.run_retention_set,
        "set the retention period for one purpose of a scenario",
        scenarios.retention_args,
    ),
    (
        "consent-add",
        ("consent", "add"),
        consents.run_add,
        "register a consent (or a refusal)",
        consents.add_args,
    ),
    (
        "consent-withdraw",
        ("consent", "withdraw"),
        consents.run_withdraw,
        "record a withdrawal (creates the deletion task)",
        consents.withdraw_args,
    ),
    (
        "consents",
        ("consent", "list"),
        consents.run_list,
        "list or search consents",
        consents.list_args,
    ),
    (
        "deletions",
        ("deletions", "due"),
        consents.run_due,
        "deletion tasks due (by today, or --due; --all lists every task)",
        consents.due_args,
    ),
    (
        "deletion-done",
        ("deletions", "done"),
        consents.run_done,
        "confirm a deletion task was carried out",
        consents.done_args,
    ),
)
GROUPS = {
    "scenario": "scenarios kept in the register",
    "consent": "consents and withdrawals in the register",
    "deletions": "deletion tasks and the deletion log",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = common_options()
    top = subparsers.add_parser(
        "register",
        help="the local register (SQLite)",
        description="Keep the organisation's register of scenarios, "
        "assessments, consents and deletions.",
    )
    trees = {
        "register": top.add_subparsers(dest="register_command", metavar="SUBCOMMAND", required=True)
    }
    for group, help_text in GROUPS.items():
        parser = subparsers.add_parser(group, help=help_text, description=help_text)
        trees[group] = parser.add_subparsers(
            dest="register_command", metavar="SUBCOMMAND", required=True
        )
    for name, alias, handler, help_text, arguments in COMMANDS:
        for tree, leaf in (("register", name), *((alias,) if alias else ())):
            parser = trees[tree].add_parser(
                leaf, parents=[common], help=help_text, description=help_text
            )
            arguments(parser)
            parser.set_defaults(handler=handler)
