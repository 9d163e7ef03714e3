; Inno Setup 6 script: RecordCheck's per-user Windows installer.
;
; Why these choices: office managers often have no admin rights, so the default is a per-user
; install into %LOCALAPPDATA%\Programs (PrivilegesRequired=lowest); someone with rights may
; choose "for all users" in the dialog (PrivilegesRequiredOverridesAllowed=dialog). The AppId
; never changes, so a new version upgrades the old one in place; [InstallDelete] removes the
; previous version's bundled files first, so no stale module or library survives an upgrade.
; The register (%LOCALAPPDATA%\RecordCheck) is the user's data: neither upgrade nor uninstall
; touches it.
;
; Built by packaging/windows/build.ps1, which passes /DAppVersion=… (from pyproject.toml) and,
; when RECORDCHECK_SIGN_COMMAND is set, /DSign plus the sign tool "recordchecksign".

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "RecordCheck"
#define AppExe "recordcheck.exe"
#define SourceDir "..\..\dist\recordcheck"

[Setup]
; Fixed for all time: Windows identifies the installed app (and its upgrades) by it.
AppId={{2D8DE0CC-511F-46DA-8E33-608CA1DD3D82}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RecordCheck
AppComments=Optagelsestjek
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\icons\recordcheck.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=RecordCheck-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifdef Sign
SignTool=recordchecksign
SignedUninstaller=yes
#endif

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.AppDescription=Optagelsestjek – må vi optage dette opkald eller møde?
english.AppDescription=RecordCheck – may we record this call or meeting?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A clean upgrade: the previous version's program files go before the new ones are copied.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\recordcheck.exe"
Type: files; Name: "{app}\recordcheck-cli.exe"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppDescription}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppDescription}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's register and backups in %LOCALAPPDATA%\RecordCheck stay.
Type: filesandordirs; Name: "{app}\_internal"
