#!/usr/bin/env bash
# Build the Linux one-folder app from packaging/recordcheck.spec and prove it works:
#   1. install the build extra into the project's venv (.venv, created by .ci/run),
#   2. run PyInstaller with the spec,
#   3. fail if PyInstaller's warning file names a recordcheck module (packaging/check_warnings.py),
#   4. run the built app's --self-test offscreen,
#   5. print the build's size and how long each step took.
# Why in CI: a frozen app loses lazily imported modules and data files in ways the source tests
# never see. Set RECORDCHECK_SKIP_FROZEN=1 to skip it for a quick local run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${RECORDCHECK_SKIP_FROZEN:-0}" == "1" ]]; then
  echo "frozen build: skipped (RECORDCHECK_SKIP_FROZEN=1)"
  exit 0
fi

export QT_QPA_PLATFORM=offscreen
export PIP_DISABLE_PIP_VERSION_CHECK=1
venv=.venv
[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
started=$SECONDS
step() { echo "frozen build: $1 ($((SECONDS - started)) s so far)"; }

step "installing the build tools"
# PyInstaller reads binary dependencies with ldd/objdump and strips with strip (binutils).
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils
fi
"$venv/bin/pip" install -q -e '.[build]'

step "running PyInstaller"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/recordcheck.spec

step "checking the warning file"
"$venv/bin/python" packaging/check_warnings.py build/recordcheck/warn-recordcheck.txt

step "running the built app's self-test"
selftest_home=$(mktemp -d)
trap 'rm -rf "$selftest_home"' EXIT
# A clean HOME: the self-test must not depend on (or touch) anything a user has.
HOME="$selftest_home" XDG_CONFIG_HOME="$selftest_home/.config" \
  XDG_DATA_HOME="$selftest_home/.local/share" XDG_CACHE_HOME="$selftest_home/.cache" \
  dist/recordcheck/recordcheck --self-test

size_mb=$(du -sm dist/recordcheck | cut -f1)
echo "frozen build: dist/recordcheck is ${size_mb} MB; build and self-test took $((SECONDS - started)) s"
