; Inno Setup 6 script for roi-desktop on Windows (x64).
; Build the one-folder bundle first (PyInstaller, see README.md beside this file), then from the repo root:
;   iscc /DAppVersion=0.1.0 installer\windows\roi-desktop.iss
; Result: dist\roi-desktop-<version>-windows-x64-setup.exe
; The installer: English or Polish, per-user by default (no admin rights needed; "install for all users"
; asks for them), Start-menu entry, optional desktop icon, .roi files open in roi-desktop with their own
; icon, and an uninstaller in Settings > Apps.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "roi-desktop"
#define AppExe "roi-desktop.exe"
#define AppPublisher "roi-desktop"
#define ProgId "roidesktop.project"
#define Root "..\.."

[Setup]
; AppId identifies the program for updates and the uninstaller: never change it.
AppId={{A5EDB5F8-3731-4704-85E2-A0191E9247FE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile={#Root}\resources\icons\roi-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
en.ProjectFileType=roi-desktop project
pl.ProjectFileType=Projekt roi-desktop
en.AssociateRoi=Open .roi project files with roi-desktop
pl.AssociateRoi=Otwieraj pliki projektów .roi w roi-desktop
en.FileTypes=File types:
pl.FileTypes=Typy plików:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateRoi}"; GroupDescription: "{cm:FileTypes}"

[Files]
; the PyInstaller one-folder bundle: roi-desktop.exe and _internal\ (Python, Qt, resources)
Source: "{#Root}\dist\roi-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .roi -> roidesktop.project (per user under HKCU, or HKLM when installed for all users: HKA picks)
Root: HKA; Subkey: "Software\Classes\.roi\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.roi"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.roi"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-roi-desktop"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\resources\icons\roi-desktop.ico"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".roi"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python byte-code caches are not written inside the bundle; the log folder (%LOCALAPPDATA%\roi-desktop)
; and the user's projects and reports are deliberately kept.
Type: dirifempty; Name: "{app}"
