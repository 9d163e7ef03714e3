<#
.SYNOPSIS
  Build RecordCheck for Windows: the one-folder app (PyInstaller), its self-test, and the
  per-user installer (Inno Setup), signing both when a signing command is configured.

.DESCRIPTION
  Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
  Output: dist\recordcheck\ (the app) and dist\installer\RecordCheck-<version>-setup.exe.

  Environment (all optional; see packaging\README.md):
    RECORDCHECK_PYTHON        Python 3.11 to build with (default: .venv\Scripts\python.exe,
                              created with the py launcher when missing)
    RECORDCHECK_ISCC          path of ISCC.exe (default: Inno Setup 6 in Program Files)
    RECORDCHECK_SIGN_COMMAND  a command that signs the file named by $f, e.g.
                              signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f
                              Used for recordcheck.exe, recordcheck-cli.exe, the installer and
                              its uninstaller. Unset: nothing is signed (SmartScreen will warn).
  Why a script: the release workflow and a developer must build the same way, in this order:
  freeze, prove the frozen app works, sign what users run, then package and sign the package.
#>
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Set-Location $root

function Invoke-Native {
    param([string]$What, [scriptblock]$Command)
    Write-Host "build: $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build: $What failed (exit $LASTEXITCODE)" }
}

function Invoke-Sign {
    param([string]$File)
    if (-not $env:RECORDCHECK_SIGN_COMMAND) { return }
    $command = $env:RECORDCHECK_SIGN_COMMAND.Replace('$f', "`"$File`"")
    Invoke-Native "signing $File" { cmd.exe /d /c $command }
}

$python = $env:RECORDCHECK_PYTHON
if (-not $python) {
    $python = Join-Path $root '.venv\Scripts\python.exe'
    if (-not (Test-Path $python)) { Invoke-Native 'creating .venv' { py -3.11 -m venv .venv } }
}
Invoke-Native 'installing the build tools' { & $python -m pip install -q -e '.[build]' }
$version = (& $python -c "import sys; sys.path.insert(0, 'packaging'); import buildinfo; print(buildinfo.project_version())").Trim()
Write-Host "build: RecordCheck $version"

Invoke-Native 'running PyInstaller' {
    & $python -m PyInstaller --noconfirm --clean --log-level WARN packaging\recordcheck.spec
}
Invoke-Native 'checking the warning file' {
    & $python packaging\check_warnings.py build\recordcheck\warn-recordcheck.txt
}
$env:QT_QPA_PLATFORM = 'offscreen'
Invoke-Native 'running the self-test' { & dist\recordcheck\recordcheck-cli.exe --self-test }
Remove-Item Env:QT_QPA_PLATFORM

Invoke-Sign (Join-Path $root 'dist\recordcheck\recordcheck.exe')
Invoke-Sign (Join-Path $root 'dist\recordcheck\recordcheck-cli.exe')

$iscc = $env:RECORDCHECK_ISCC
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe' }
if (-not (Test-Path $iscc)) { throw "build: ISCC.exe not found at $iscc (install Inno Setup 6 or set RECORDCHECK_ISCC)" }
$isccArgs = @("/DAppVersion=$version", '/Qp')
if ($env:RECORDCHECK_SIGN_COMMAND) {
    # Inno Setup signs the installer and the uninstaller it embeds with this tool ($f = file).
    $isccArgs += '/DSign'
    $isccArgs += "/Srecordchecksign=$($env:RECORDCHECK_SIGN_COMMAND)"
}
Invoke-Native 'building the installer' { & $iscc @isccArgs packaging\windows\recordcheck.iss }

$installer = Join-Path $root "dist\installer\RecordCheck-$version-setup.exe"
if (-not (Test-Path $installer)) { throw "build: $installer was not made" }
$sizeMb = [math]::Round((Get-Item $installer).Length / 1MB, 1)
Write-Host "build: $installer ($sizeMb MB)"
