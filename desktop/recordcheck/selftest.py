"""``recordcheck --self-test``: prove that *this* installation works, frozen or from source.

Why it exists: a frozen app breaks in ways the source tests never see — a module PyInstaller
did not find because it is imported lazily, a resource or font not collected, a Qt plugin or
translation left out, Alembic unable to find its migration scripts. CI runs this on the built
one-folder app (``packaging/ci_frozen_selftest.sh``); support can ask a user to run it on an
installed copy. It never touches the user's data: everything it writes goes to a temporary
folder that is removed afterwards.

Each check is one function registered with :func:`check`; it returns a short detail for the
``ok`` line or raises. A component that is not there (``recordcheck.store`` without
``open_register`` …) raises :class:`MissingComponentError` and is reported
``FAILED … module missing`` — never skipped — so a build that lost a component cannot pass.
Exit status 0 only when every check passed. ``--only TEXT`` runs the checks whose name
contains TEXT; ``--list`` names them. ``--start-probe DIR`` (for bench/frozen.py) starts the app
on the data folder DIR and quits once its main window has painted.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import pkgutil
import shutil
import sys
import tempfile
import time
import tomllib
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recordcheck import paths, version

#: Third-party modules the app imports late or that load parts of themselves dynamically, so a
#: frozen build would only notice their absence when a user clicks something.
LAZY_THIRD_PARTY = (
    "jsonschema",
    "platformdirs",
    "sqlalchemy",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic",
    "alembic.command",
    "alembic.config",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.operations",
    "reportlab.pdfgen.canvas",
    "reportlab.platypus",
    "reportlab.pdfbase.ttfonts",
    "reportlab.pdfbase._fontdata",
    "reportlab.graphics.barcode",
    "reportlab.graphics.barcode.qr",
    "reportlab.graphics.shapes",
    "openpyxl",
    "docx",
    "icalendar",
    "segno",
    "pypdfium2",
    "pypdfium2_raw",
)

#: Where the build puts the worked examples of the contract inside the frozen app.
FROZEN_EXAMPLES = ("selftest", "examples")
#: What the build wrote about itself (version, the project's modules), by packaging/buildinfo.py.
FROZEN_MANIFEST = ("selftest", "build.json")
#: The organisation the self-test creates; its name must appear in every document.
ORG_NAME = "Selvtest Ærø ApS"
FONT_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


class MissingComponentError(Exception):
    """A component this version should contain is not there (reported as 'module missing')."""

    def __init__(self, what: str) -> None:
        super().__init__(f"module missing ({what})")


def require(module: str, attribute: str | None = None) -> Any:
    """Import ``module`` (and fetch ``attribute``), or raise MissingComponentError naming it."""
    name = f"{module}.{attribute}" if attribute else module
    try:
        imported = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name and (module == error.name or module.startswith(error.name + ".")):
            raise MissingComponentError(name) from error
        raise
    if attribute is None:
        return imported
    try:
        return getattr(imported, attribute)
    except AttributeError as error:
        raise MissingComponentError(name) from error


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def frozen_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


@dataclass
class Context:
    """What the checks share: a scratch folder and things built once (the register …)."""

    workdir: Path
    cache: dict[str, Any] = field(default_factory=dict)

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """Build a shared object once; a failure is remembered and re-raised for every user."""
        if key not in self.cache:
            try:
                self.cache[key] = ("ok", make())
            except BaseException as error:
                self.cache[key] = ("error", error)
        state, value = self.cache[key]
        if state == "error":
            raise value
        return value


Check = Callable[[Context], str]
CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    """Register a check under ``name`` (the order of registration is the order of the run)."""

    def register(function: Check) -> Check:
        if name in CHECKS:
            raise ValueError(f"duplicate self-test check {name!r}")
        CHECKS[name] = function
        return function

    return register


# --- code and resources -------------------------------------------------------------------


def build_manifest() -> dict[str, Any] | None:
    """The frozen build's ``build.json`` (None when running from source)."""
    root = frozen_root()
    if root is None or not root.joinpath(*FROZEN_MANIFEST).is_file():
        return None
    return json.loads(root.joinpath(*FROZEN_MANIFEST).read_text(encoding="utf-8"))


def project_modules() -> list[str]:
    """Every module of the ``recordcheck`` package: from the source tree, or in a frozen app
    from the list the build wrote (so a module the build lost is noticed, not just not found)."""
    manifest = build_manifest()
    if manifest is not None:
        return sorted(set(manifest["modules"]))
    import recordcheck

    found = {"recordcheck"}
    for info in pkgutil.walk_packages(recordcheck.__path__, "recordcheck."):
        found.add(info.name)
    return sorted(
        name for name in found if "._resources" not in name and not is_migration_script(name)
    )


def is_migration_script(module: str) -> bool:
    """Alembic's ``env.py`` runs migrations when executed; it is imported only by Alembic."""
    parts = module.split(".")
    return parts[-1] == "env" and "migrations" in parts


@check("modules")
def check_modules(ctx: Context) -> str:
    if is_frozen():
        manifest = build_manifest()
        if manifest is None:
            raise AssertionError("the build's manifest selftest/build.json is missing")
        if manifest["version"] != version():
            raise AssertionError(f"built as {manifest['version']}, reports {version()}")
    names = project_modules()
    failed = []
    for name in [*names, *LAZY_THIRD_PARTY]:
        try:
            importlib.import_module(name)
        except Exception as error:
            failed.append(f"{name}: {type(error).__name__}: {error}")
    if failed:
        raise AssertionError("; ".join(failed))
    return f"{len(names)} project modules and {len(LAZY_THIRD_PARTY)} late-loaded libraries"


@check("rules")
def check_rules(ctx: Context) -> str:
    from recordcheck.rules import load_rulebase

    rulebase = ctx.once("rulebase", load_rulebase)
    count = sum(1 for path in paths.resource("rules").glob("*.toml"))
    return f"rule base {getattr(rulebase, 'version', '?')} from {count} files"


@check("schemas")
def check_schemas(ctx: Context) -> str:
    from jsonschema import Draft202012Validator

    from recordcheck.contract import schema

    names = sorted(p.name for p in paths.resource("schemas").glob("*.schema.json"))
    for name in names:
        Draft202012Validator.check_schema(schema(name))
    if len(names) < 2:
        raise AssertionError(f"expected the scenario and assessment schemas, found {names}")
    return ", ".join(names)


@check("i18n")
def check_i18n(ctx: Context) -> str:
    files = sorted(paths.resource("i18n").glob("*.toml"))
    areas: dict[str, set[str]] = {}
    for path in files:
        area, lang = path.stem.rsplit(".", 1)
        keys = set(tomllib.loads(path.read_text(encoding="utf-8")))
        areas.setdefault(area, set())
        if lang == "da":
            areas[area] |= keys
    for area, keys in areas.items():
        english = paths.resource("i18n", f"{area}.en.toml")
        if not english.is_file():
            raise AssertionError(f"{area}: no English catalogue")
        missing = keys - set(tomllib.loads(english.read_text(encoding="utf-8")))
        if missing:
            raise AssertionError(f"{area}.en lacks {sorted(missing)[:5]}")
    return f"{len(files)} catalogues ({', '.join(sorted(areas))})"


def font_files() -> dict[str, Path]:
    """The Noto Sans TTFs the PDFs embed, shipped in resources/fonts with their licence."""
    folder = paths.resource("fonts")
    found = {style: folder / f"NotoSans-{style}.ttf" for style in FONT_STYLES}
    absent = [str(p) for p in [*found.values(), folder / "OFL.txt"] if not p.is_file()]
    if absent:
        raise AssertionError(f"font files missing: {', '.join(absent)}")
    return found


@check("fonts")
def check_fonts(ctx: Context) -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    needed = "æøåÆØÅŁłŠšŽžčćęÖöőé"
    for style, path in font_files().items():
        font = TTFont(f"SelfTestNotoSans-{style}", str(path))
        glyphs = font.face.charToGlyph
        absent = [c for c in needed if ord(c) not in glyphs]
        if absent:
            raise AssertionError(f"{path.name} lacks {''.join(absent)}")
        # A slashed or dotted zero reads as the Danish Ø: the zero must be a glyph of its own.
        if glyphs[ord("0")] in (glyphs[ord("Ø")], glyphs[ord("O")]):
            raise AssertionError(f"{path.name}: the zero shares a glyph with Ø or O")
    return f"Noto Sans, {len(FONT_STYLES)} styles, covers {needed}"


def _parse_resource(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".toml":
        tomllib.loads(path.read_text(encoding="utf-8"))
    elif suffix == ".json":
        json.loads(path.read_text(encoding="utf-8"))
    elif suffix in {".txt", ".md", ".html", ".xml", ".ts", ".csv", ".svg"}:
        path.read_text(encoding="utf-8")
    else:
        path.read_bytes()


@check("templates")
def check_templates(ctx: Context) -> str:
    folder = paths.resource("templates")
    if not folder.is_dir():
        return "no document templates shipped in this version"
    files = [p for p in sorted(folder.rglob("*")) if p.is_file()]
    for path in files:
        try:
            _parse_resource(path)
        except Exception as error:
            raise AssertionError(f"{path.relative_to(folder)}: {error}") from error
    return f"{len(files)} template files read"


def qt_translation_dirs() -> list[Path]:
    """Folders holding RecordCheck's own .qm files (wherever the UI branch keeps them)."""
    return [p for p in (paths.resource("translations"), paths.resource("i18n", "qt")) if p.is_dir()]


@check("translations")
def check_translations(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    loaded = []
    for folder in qt_translation_dirs():
        for qm in sorted(folder.glob("*.qm")):
            if not QTranslator().load(str(qm)):
                raise AssertionError(f"{qm.name} does not load")
            loaded.append(qm.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_da", qt_dir):
        raise AssertionError(f"Qt's qtbase_da.qm does not load from {qt_dir}")
    own = f"{len(loaded)} RecordCheck .qm" if loaded else "no RecordCheck .qm shipped yet"
    return f"{own}; Qt's qtbase_da.qm"


# --- the engine on shipped scenarios ------------------------------------------------------


def examples_dir() -> Path | None:
    """The contract's worked examples: in the frozen app, or beside the source."""
    root = frozen_root()
    candidates = [root.joinpath(*FROZEN_EXAMPLES)] if root else []
    candidates.append(Path(__file__).resolve().parents[2] / "tests" / "contract_examples")
    return next((c for c in candidates if (c / "expected.json").is_file()), None)


@check("contract examples")
def check_examples(ctx: Context) -> str:
    from recordcheck.contract import load_scenario
    from recordcheck.rules import assess

    folder = examples_dir()
    if folder is None:
        if is_frozen():
            raise AssertionError("the worked examples were not bundled (selftest/examples)")
        return "not installed with this copy (a wheel); nothing to assess"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    rulebase = ctx.once("rulebase", _load_rulebase)
    wrong = []
    for name, wanted in sorted(expected.items()):
        result = assess(load_scenario(folder / f"{name}.json"), rulebase=rulebase)
        got = {p["purpose"]: p["verdict"] for p in result["purposes"]}
        for purpose, want in wanted["purposes"].items():
            if got.get(purpose) not in {want["verdict"], *want.get("accept", [])}:
                wrong.append(f"{name}/{purpose}: {got.get(purpose)} ≠ {want['verdict']}")
    if wrong:
        raise AssertionError("; ".join(wrong))
    return f"{len(expected)} examples get their expected verdicts"


def _load_rulebase() -> Any:
    from recordcheck.rules import load_rulebase

    return load_rulebase()


def preset_files() -> list[Path]:
    folder = paths.resource("presets")
    return sorted(folder.rglob("*.json")) if folder.is_dir() else []


@check("presets")
def check_presets(ctx: Context) -> str:
    from recordcheck.contract import load_scenario
    from recordcheck.rules import assess

    presets = preset_files()
    if not presets:
        return "no presets shipped in this version"
    rulebase = ctx.once("rulebase", _load_rulebase)
    for path in presets:
        for lang in ("da", "en"):
            result = assess(load_scenario(path), lang=lang, rulebase=rulebase)
            if not result["purposes"]:
                raise AssertionError(f"{path.name}: no purpose assessed")
    return f"{len(presets)} presets assessed in Danish and English"


# --- the register -------------------------------------------------------------------------


def open_test_register(ctx: Context) -> Any:
    """A fresh register in the scratch folder, created by running every migration."""
    open_register = require("recordcheck.store", "open_register")
    return ctx.once(
        "register",
        lambda: open_register(ctx.workdir / "register" / "register.sqlite3", author="selftest"),
    )


@check("register and migrations")
def check_register(ctx: Context) -> str:
    register = open_test_register(ctx)
    info = register.info()
    schema_version = require("recordcheck.store.schema", "SCHEMA_VERSION")
    if info.schema_version != schema_version:
        raise AssertionError(
            f"schema {info.schema_version} after migrating, expected {schema_version}"
        )
    if not register.check():
        raise AssertionError("integrity_check failed on the new register")
    return (
        f"new register migrated to schema {info.schema_version} "
        f"(revision {info.revision}), {info.journal_mode} journal, integrity ok"
    )


# --- documents ----------------------------------------------------------------------------

#: (function in recordcheck.exports, file suffix), one check each. Every document is made from
#: a register holding one scenario (the clinic preset: consent for documentation and training),
#: its assessment, a retention rule, a withdrawn consent (so a deletion task) and the Art. 30
#: activity; each must contain the organisation's name, PDFs read back page by page.
DOCUMENTS = (
    ("sign_pdf", ".pdf"),
    ("notice_pdf", ".pdf"),
    ("consent_form_pdf", ".pdf"),
    ("announcements_docx", ".docx"),
    ("schedule_pdf", ".pdf"),
    ("schedule_csv", ".csv"),
    ("schedule_ics", ".ics"),
    ("ropa_pdf", ".pdf"),
    ("ropa_xlsx", ".xlsx"),
    ("assessment_pdf", ".pdf"),
    ("consent_receipt_pdf", ".pdf"),
    ("inspection_bundle", ".zip"),
)
DOCUMENT_PRESET = "clinic-phone-line"


@dataclass(frozen=True)
class DocumentInputs:
    """What the export functions take, read back from a register the self-test filled."""

    org: Any
    scenario: Any
    assessment: dict[str, Any]
    scenarios: dict[int, Any]
    rules: list[Any]
    tasks: list[Any]
    log: list[Any]
    activities: list[Any]
    consent: Any
    consent_events: list[Any]
    consents: list[Any]
    export: dict[str, Any]


def document_inputs(ctx: Context) -> DocumentInputs:
    """Fill a second scratch register with one of everything a document needs, once."""
    open_register = require("recordcheck.store", "open_register")

    def make() -> DocumentInputs:
        from datetime import UTC, datetime

        from recordcheck.contract import load_scenario
        from recordcheck.domain.organisation import Organisation
        from recordcheck.domain.register import ConsentInput, RetentionRule, ScenarioStatus
        from recordcheck.domain.vocabulary import ConsentMechanism
        from recordcheck.rules import assess

        preset = paths.resource("presets", f"{DOCUMENT_PRESET}.json")
        scenario = load_scenario(preset)
        org = Organisation(
            name=ORG_NAME,
            cvr="12345678",
            address="Vestergade 1, 5970 Ærøskøbing",
            phone="+45 11 22 33 44",
            email="kontakt@example.dk",
            website="https://example.dk",
            dpo_name="Åse Ødegård",
            dpo_contact="dpo@example.dk",
        )
        now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
        with open_register(
            ctx.workdir / "documents" / "register.sqlite3", author="selftest"
        ) as reg:
            reg.save_organisation(org)
            record = reg.add_scenario(scenario, owner="Selvtest", status=ScenarioStatus.ACTIVE)
            reg.add_assessment(record.id, assess(scenario, lang="da"))
            purpose = scenario.purposes[0]
            reg.save_retention_rule(
                RetentionRule(
                    id=0,
                    scenario_id=record.id,
                    purpose=purpose,
                    period_days=90,
                    follow_up_days=30,
                    deletion_method="slettes i telefonsystemet",
                    responsible="Kontoret",
                    data_category="optagelser af opkald",
                )
            )
            consent = reg.add_consent(
                ConsentInput(
                    person_name="Łukasz Ødegård",
                    scenario_id=record.id,
                    purposes=(purpose,),
                    mechanism=ConsentMechanism.OPT_IN_KEY,
                    notice_version="selftest",
                    given_at=now,
                    channel="phone",
                )
            )
            reg.withdraw_consent(consent.id, at=now, channel="e-mail")
            reg.generate_activity(record.id)
            return DocumentInputs(
                org=reg.organisation(),
                scenario=record.scenario,
                assessment=reg.latest_assessment(record.id).assessment,
                scenarios={r.id: r.scenario for r in reg.scenarios()},
                rules=reg.retention_rules(),
                tasks=reg.deletion_tasks(),
                log=reg.deletion_log(),
                activities=reg.activities(),
                consent=reg.consent(consent.id),
                consent_events=reg.consent_events(consent.id),
                consents=reg.search_consents(),
                export=reg.export_json(),
            )

    return ctx.once("document inputs", make)


def pdf_text(data: bytes) -> str:
    """The text of a PDF, checking on the way that it is structurally a PDF."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise AssertionError("not a complete PDF (header or %%EOF missing)")
    try:
        from pypdf import PdfReader
    except ModuleNotFoundError:
        if is_frozen():
            raise AssertionError("pypdf was not bundled; PDF text cannot be checked") from None
        return ""
    reader = PdfReader(io.BytesIO(data), strict=True)
    if not reader.pages:
        raise AssertionError("PDF without pages")
    return "\f".join(page.extract_text() or "" for page in reader.pages)  # \f between pages


def document_text(data: bytes, suffix: str) -> str:
    """What a reader of the document would see, as plain text (to look for expected words)."""
    if suffix == ".pdf":
        return pdf_text(data)
    if suffix == ".docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        return "\n".join(p.text for p in document.paragraphs)
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(
            str(cell)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        )
    if suffix == ".zip":
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            broken = archive.testzip()
            if broken:
                raise AssertionError(f"{broken} is damaged in the archive")
            parts = [name for name in archive.namelist() if not name.endswith("/")]
            texts = [
                document_text(archive.read(name), Path(name).suffix.lower())
                for name in parts
                if Path(name).suffix.lower() in {".pdf", ".xlsx"}
            ]
        if not texts:
            raise AssertionError(f"no documents in the archive ({parts})")
        return "\n".join([*parts, *texts])
    if suffix == ".ics":
        import icalendar

        calendar = icalendar.Calendar.from_ical(data)
        if not calendar.walk("VEVENT"):
            raise AssertionError("calendar without events")
        return data.decode("utf-8").replace("\r\n ", "")  # unfold long lines
    return data.decode("utf-8-sig")


def render_document(ctx: Context, function_name: str) -> bytes:
    """Call ``recordcheck.exports.<function_name>`` with the self-test's register data."""
    export = require("recordcheck.exports", function_name)
    data = document_inputs(ctx)
    if function_name.startswith("schedule_"):
        made = export(data.org, data.scenarios, data.rules, data.tasks, data.log, "da")
    elif function_name.startswith("ropa_"):
        made = export(data.org, data.activities, "da")
    elif function_name == "consent_receipt_pdf":
        made = export(data.org, data.scenario, data.consent, data.consent_events, "da")
    elif function_name == "inspection_bundle":
        assessments = dict.fromkeys(data.scenarios, data.assessment)
        made = export(
            data.org,
            data.scenarios,
            assessments,
            data.activities,
            data.consents,
            data.log,
            "da",
            export=data.export,
        )
    else:
        made = export(data.org, data.scenario, data.assessment, "da")
    return made.encode("utf-8") if isinstance(made, str) else made


def make_document_check(function_name: str, suffix: str) -> Check:
    def run(ctx: Context) -> str:
        data = render_document(ctx, function_name)
        target = ctx.workdir / "documents" / f"{function_name}{suffix}"
        target.write_bytes(data)
        text = document_text(data, suffix)
        if suffix == ".pdf" and not text and not is_frozen():
            return f"{len(data):,} bytes, valid PDF (pypdf not installed: text not read)"
        # The CSV is a table of rules and tasks without a letterhead: it names the scenario.
        wanted = [document_inputs(ctx).scenario.name] if suffix == ".csv" else [ORG_NAME]
        if function_name == "schedule_ics" and "Łukasz Ødegård" in text:
            raise AssertionError("the calendar names a person")  # it leaves the register
        if function_name.startswith(("schedule_", "consent_receipt")) and suffix != ".ics":
            wanted.append("Łukasz Ødegård")  # the person whose recordings must be deleted
        absent = [w for w in wanted if w not in text]
        if absent:
            raise AssertionError(f"{', '.join(map(repr, absent))} not in the document")
        pages = f", {text.count(chr(12)) + 1} page(s)" if suffix == ".pdf" else ""
        return f"{len(data):,} bytes{pages}, contains {' and '.join(map(repr, wanted))}"

    run.__name__ = f"check_{function_name}"
    run.__doc__ = f"Render recordcheck.exports.{function_name} and read it back."
    return run


for _function, _suffix in DOCUMENTS:
    check(f"document {_function}")(make_document_check(_function, _suffix))


@check("page preview")
def check_page_preview(ctx: Context) -> str:
    """pdfium (the library pypdfium2 ships) draws page 1 of the sign as the window shows and
    prints it, and Qt's printing module is there to print it."""
    preview = require("recordcheck.services.preview")
    require("PySide6.QtPrintSupport", "QPrinter")
    data = render_document(ctx, "sign_pdf")
    pages = preview.page_count(data)
    page = preview.render_page(data, 0, 50)
    if page.is_blank():
        raise AssertionError("page 1 of the sign was drawn blank")
    pdfium = require("pypdfium2.version", "PDFIUM_INFO")
    return (
        f"page 1 of {pages} of the sign drawn at 50 dpi ({page.width} × {page.height} "
        f"pixels, not blank) by pdfium {pdfium}; QtPrintSupport present"
    )


# --- the window ---------------------------------------------------------------------------


@check("main window")
def check_main_window(ctx: Context) -> str:
    """The real start path (recordcheck.app.Session): translators, register, main window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    show = require("recordcheck.app", "show_and_close_main_window")
    seen = show(ctx.workdir / "window-data", ORG_NAME)
    if not seen.shown:
        raise AssertionError("the main window did not show")
    if "can we record" in seen.title:
        raise AssertionError(f"the window title is not Danish ({seen.title!r}): .qm not loaded?")
    return f"built, shown and closed ({seen.platform} platform), in Danish ({seen.title!r})"


# --- running ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


def run_checks(names: list[str] | None = None) -> Iterator[Result]:
    """Run the chosen checks (all by default) in a scratch folder that is removed afterwards."""
    chosen = names if names is not None else list(CHECKS)
    workdir = Path(tempfile.mkdtemp(prefix="recordcheck-selftest-"))
    ctx = Context(workdir=workdir)
    saved_env = os.environ.get(paths.DATA_DIR_ENV)
    os.environ[paths.DATA_DIR_ENV] = str(workdir / "data")  # nothing may touch real data
    try:
        for name in chosen:
            started = time.perf_counter()
            try:
                detail = CHECKS[name](ctx)
                ok = True
            except MissingComponentError as error:
                detail, ok = str(error), False
            except Exception as error:
                detail, ok = _describe(error), False
            yield Result(name, ok, detail, time.perf_counter() - started)
    finally:
        if saved_env is None:
            os.environ.pop(paths.DATA_DIR_ENV, None)
        else:
            os.environ[paths.DATA_DIR_ENV] = saved_env
        _close_shared(ctx.cache)
        shutil.rmtree(workdir, ignore_errors=True)


def _describe(error: BaseException) -> str:
    """One line: the error and where in RecordCheck it happened (the detail without a dump)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "recordcheck" in f.filename]
    where = f" [{Path(frames[-1].filename).name}:{frames[-1].lineno}]" if frames else ""
    message = str(error).strip().replace("\n", " ") or "(no message)"
    return f"{type(error).__name__}: {message}{where}"


def _close_shared(cache: dict[str, Any]) -> None:
    for state, value in cache.values():
        closer = getattr(value, "close", None) if state == "ok" else None
        if callable(closer):
            with contextlib.suppress(Exception):  # closing scratch must not hide the results
                closer()


def start_probe(data_dir: str) -> int:
    """Start the real app on ``data_dir`` and quit as soon as its main window has painted.

    For ``bench/frozen.py``: the same start path a user gets (``recordcheck.app.main``), timed
    from outside by the process's run time, frozen and from source alike.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return require("recordcheck.app", "start_until_first_paint")(data_dir)


def main(args: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if args is None else args)
    if "--start-probe" in args:
        index = args.index("--start-probe")
        return start_probe(args[index + 1] if index + 1 < len(args) else "")
    if "--list" in args:
        print("\n".join(CHECKS))
        return 0
    chosen = list(CHECKS)
    if "--only" in args:
        index = args.index("--only")
        pattern = args[index + 1] if index + 1 < len(args) else ""
        chosen = [name for name in CHECKS if pattern in name]
        if not chosen:
            print(f"no self-test check matches {pattern!r}", file=sys.stderr)
            return 2
    kind = "frozen" if is_frozen() else "source"
    try:
        where = str(paths.resources_dir())
    except FileNotFoundError as error:
        where = f"NOT FOUND ({error})"
    print(
        f"RecordCheck {version()} self-test ({kind}, Python {sys.version.split()[0]}, "
        f"{sys.platform}); resources: {where}",
        flush=True,
    )
    failed = 0
    total = 0
    for result in run_checks(chosen):
        total += 1
        failed += not result.ok
        status = "ok    " if result.ok else "FAILED"
        print(f"{status} {result.name} ({result.seconds:.2f} s): {result.detail}", flush=True)
    if failed:
        print(f"self-test FAILED: {failed} of {total} checks failed", flush=True)
        return 1
    print(f"self-test passed: all {total} checks ok", flush=True)
    return 0
