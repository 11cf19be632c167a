; Inno Setup script for 节能诊断工作台 (JNZD Workbench): a per-user installer that needs no administrator rights.
;
; Build on Windows from the repository root, after the PyInstaller build (see README.md next to this file):
;     python -m PyInstaller packaging/jnzd.spec --noconfirm
;     iscc /DAppVersion=<desktop_app.__version__> packaging\windows\jnzd.iss
; Output: dist\installer\jnzd-setup-<version>.exe
;
; The version is not written here: desktop_app/__init__.py is the one source of the app's identity, and the
; build passes its __version__ in (packaging/windows/build-installer.yml does). Requires Inno Setup 6.3 or
; later (x64compatible, BOM-less UTF-8). This file is UTF-8 with a BOM so older compilers read the Chinese too.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is required
#endif

#ifndef AppVersion
  #error AppVersion is not defined: compile with  iscc /DAppVersion=<version>  (python -c "import desktop_app; print(desktop_app.__version__)")
#endif

#define AppName "节能诊断工作台"
#define AppNameEn "JNZD Workbench"
#define AppPublisher "JNZD"
; The windowed executable: Start menu, desktop icon and the .jnzd association open it. jnzd.exe (console) is
; the command-line entry, installed next to it.
#define GuiExe "jnzd-gui.exe"
#define CliExe "jnzd.exe"
#define CaseExt ".jnzd"
#define CaseProgId "JNZD.Case"
#define CaseDescription "节能诊断案例"
; PyInstaller's one-folder output, relative to this script.
#define DistDir "..\..\dist\jnzd"

#if !FileExists(AddBackslash(SourcePath) + DistDir + "\" + GuiExe)
  #error dist\jnzd\jnzd-gui.exe not found: run  python -m PyInstaller packaging/jnzd.spec --noconfirm  first
#endif

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it. ("{{" is a literal "{".)
AppId={{4D42EA2C-FCF4-4011-A735-402C5CAAEBD9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; Per user, no UAC prompt: the app only ever touches the user's own files. With PrivilegesRequired=lowest and
; no PrivilegesRequiredOverridesAllowed there is no "install for all users" dialog.
PrivilegesRequired=lowest
; {userpf} = %LOCALAPPDATA%\Programs. (The app's data -- snapshots, logs -- lives in %LOCALAPPDATA%\JNZD, a
; different folder, so uninstalling never deletes a user's snapshots.)
DefaultDirName={userpf}\JNZD
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
; The frozen app is 64-bit (PySide6 6.x wheels are x64 only) and needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; Tell Explorer about the new .jnzd association at the end of (un)installation.
ChangesAssociations=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=jnzd-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#if FileExists(AddBackslash(SourcePath) + "..\..\resources\icons\jnzd.ico")
SetupIconFile=..\..\resources\icons\jnzd.ico
#endif

[Languages]
; 简体中文 first: it is the default when Windows' UI language matches none of the entries. ChineseSimplified.isl
; is an unofficial translation in Inno Setup 6 (the source tree keeps it in Files\Languages\Unofficial; the
; installer does not ship it), so look in the places it can be and fall back to English only.
#define ZhIsl "ChineseSimplified.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\" + ZhIsl)
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\{#ZhIsl}"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\" + ZhIsl)
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\Unofficial\{#ZhIsl}"
#elif FileExists(AddBackslash(SourcePath) + ZhIsl)
; A copy next to this script (the GitHub workflow downloads one here).
Name: "chinesesimplified"; MessagesFile: "{#ZhIsl}"
#else
  #pragma warning "ChineseSimplified.isl not found: building an English-only installer"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundled runtime: libraries left over from an older version must not mix in.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms}/{autodesktop} resolve to the user's own Start menu and desktop in a per-user install.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Comment: "{#AppNameEn}"; Tasks: desktopicon

[Registry]
; The .jnzd file association, per user: HKCU\Software\Classes (no admin rights needed; overrides nothing
; machine-wide). ProgID JNZD.Case; "Open" starts the GUI with the case.
Root: HKCU; Subkey: "Software\Classes\{#CaseExt}"; ValueType: string; ValueName: ""; ValueData: "{#CaseProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#CaseExt}\OpenWithProgids"; ValueType: string; ValueName: "{#CaseProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#CaseProgId}"; ValueType: string; ValueName: ""; ValueData: "{#CaseDescription}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#CaseProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKCU; Subkey: "Software\Classes\{#CaseProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; Lists the app under "Open with" for .jnzd files.
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: "{#CaseExt}"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
