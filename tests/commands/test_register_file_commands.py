"""``recordcheck register backup|restore|export-json|import-json`` through
``services.register_file``: a refused file changes nothing, a replaced register is kept."""

from __future__ import annotations

import json
from pathlib import Path

from recordcheck import paths


def test_a_refused_restore_into_an_empty_folder_makes_no_register(
    cli, tmp_path: Path, data_dir: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 50)
    done = cli("register", "restore", str(junk), "--lang", "en")
    assert done.returncode == 2 and "is not a RecordCheck register" in done.stderr
    assert not paths.database_path(data_dir).exists()


def test_restore_keeps_the_register_it_replaces(
    cli, scenario_file, register, data_dir: Path
) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    backup = cli("register", "backup")
    assert backup.returncode == 0 and backup.stdout.startswith("Sikkerhedskopi skrevet til")
    (copy,) = (data_dir / "backups").glob("*.sqlite3")
    assert cli("scenario", "add", str(scenario_file("two.json"))).returncode == 0
    restored = cli("register", "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "Det tidligere register er gemt som" in restored.stdout
    with register() as reg:
        assert [r.id for r in reg.scenarios()] == [1]
    kept = list((data_dir / "backups").glob("*before-restore*.sqlite3"))
    assert len(kept) == 1


def test_restore_into_a_new_folder_opens_it(
    cli, scenario_file, tmp_path: Path, data_dir: Path
) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    target = tmp_path / "copy.sqlite3"
    assert cli("register", "backup", str(target)).returncode == 0
    other = tmp_path / "other"
    done = cli("register", "restore", str(target), "--data-dir", str(other))
    assert done.returncode == 0, done.stderr
    assert "tidligere" not in done.stdout  # there was nothing to keep
    assert "\tkladde\t" in cli("scenario", "list", "--data-dir", str(other)).stdout


def test_import_asks_before_replacing_a_register_that_holds_data(
    cli, scenario_file, register, tmp_path: Path, data_dir: Path
) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    export = tmp_path / "export.json"
    assert cli("register", "export-json", str(export)).returncode == 0
    assert json.loads(export.read_text("utf-8"))["format"] == "recordcheck.register/1"
    assert cli("scenario", "add", str(scenario_file("two.json"))).returncode == 0

    refused = cli("register", "import-json", str(export))
    assert refused.returncode == 2
    assert "indeholder allerede data" in refused.stderr
    assert "--replace" in refused.stderr
    with register() as reg:
        assert len(reg.scenarios()) == 2

    replaced = cli("register", "import-json", str(export), "--replace", "--lang", "en")
    assert replaced.returncode == 0, replaced.stderr
    assert "Imported" in replaced.stdout and "The previous register was kept" in replaced.stdout
    with register() as reg:
        assert [r.id for r in reg.scenarios()] == [1]
    assert list((data_dir / "backups").glob("*.sqlite3"))


def test_a_bad_export_is_refused_before_the_register_is_touched(
    cli, scenario_file, register, tmp_path: Path
) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    done = cli("register", "import-json", str(bad), "--replace")
    assert done.returncode == 2 and "ikke gyldig JSON" in done.stderr
    with register() as reg:
        assert len(reg.scenarios()) == 1
