#!/usr/bin/env bash
# Build RecordCheck for macOS: RecordCheck.app (PyInstaller), its self-test, a signed disk image
# (dmgbuild), notarised and stapled when credentials are configured.
#
#   bash packaging/macos/build.sh        → dist/RecordCheck.app, dist/RecordCheck-<version>.dmg
#
# Environment (all optional; see packaging/README.md):
#   RECORDCHECK_PYTHON             Python 3.11 to build with (default .venv/bin/python)
#   RECORDCHECK_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)"; PyInstaller then
#                                  signs every binary and the .app with the hardened runtime
#                                  and packaging/macos/entitlements.plist. Unset: ad-hoc only.
#   RECORDCHECK_ENTITLEMENTS       another entitlements plist
#   RECORDCHECK_NOTARY_PROFILE     a notarytool keychain profile, or instead all three of
#   RECORDCHECK_NOTARY_APPLE_ID, RECORDCHECK_NOTARY_TEAM_ID, RECORDCHECK_NOTARY_PASSWORD
#                                  (an app-specific password). Notarising needs the identity.
# Why this order: freeze and sign, prove the signed app still starts and works (a signature
# problem shows up as a crash at launch), verify the signature strictly, then package,
# notarise the package and staple the ticket so Gatekeeper can check it offline.
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${RECORDCHECK_PYTHON:-.venv/bin/python}
if [[ ! -x "$python" ]]; then
  python3 -m venv .venv
  python=.venv/bin/python
fi
say() { echo "build: $*"; }

say "installing the build tools"
"$python" -m pip install -q -e '.[build]'
version=$("$python" -c "import sys; sys.path.insert(0, 'packaging'); import buildinfo; print(buildinfo.project_version())")
app=dist/RecordCheck.app
dmg="dist/RecordCheck-${version}.dmg"
say "RecordCheck ${version}"

say "running PyInstaller"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN packaging/recordcheck.spec
"$python" packaging/check_warnings.py build/recordcheck/warn-recordcheck.txt

say "running the app's self-test"
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/recordcheck" --self-test

say "verifying the signature"
codesign --verify --deep --strict --verbose=2 "$app"
if [[ -n "${RECORDCHECK_CODESIGN_IDENTITY:-}" ]]; then
  codesign --display --verbose=2 "$app" 2>&1 | grep -q "flags=.*runtime" \
    || { echo "build: $app lacks the hardened runtime" >&2; exit 1; }
fi

say "building the disk image"
rm -f "$dmg"
"$python" -m dmgbuild -s packaging/macos/dmg_settings.py -D app="$app" \
  "RecordCheck ${version}" "$dmg"

if [[ -n "${RECORDCHECK_CODESIGN_IDENTITY:-}" ]]; then
  say "signing the disk image"
  codesign --force --timestamp --sign "$RECORDCHECK_CODESIGN_IDENTITY" "$dmg"
  codesign --verify --strict --verbose=2 "$dmg"

  notary=()
  if [[ -n "${RECORDCHECK_NOTARY_PROFILE:-}" ]]; then
    notary=(--keychain-profile "$RECORDCHECK_NOTARY_PROFILE")
  elif [[ -n "${RECORDCHECK_NOTARY_APPLE_ID:-}" && -n "${RECORDCHECK_NOTARY_TEAM_ID:-}" \
          && -n "${RECORDCHECK_NOTARY_PASSWORD:-}" ]]; then
    notary=(--apple-id "$RECORDCHECK_NOTARY_APPLE_ID" --team-id "$RECORDCHECK_NOTARY_TEAM_ID"
            --password "$RECORDCHECK_NOTARY_PASSWORD")
  fi
  if ((${#notary[@]})); then
    say "notarising (this waits for Apple's answer)"
    xcrun notarytool submit "$dmg" "${notary[@]}" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  else
    say "not notarised (no notary credentials): Gatekeeper will block the first launch"
  fi
else
  say "unsigned build (no RECORDCHECK_CODESIGN_IDENTITY): for testing only"
fi
say "$dmg ($(du -h "$dmg" | cut -f1))"
