// A static audit of the Electron configuration: the main process (the app, the Node code it
// shares with the preview server, the preview server) and preload sources (tests
// excluded) must contain none of the settings and calls that Electron's security checklist
// forbids, and the preload must expose exactly one object to the page.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

const AUDITED_DIRS = ['src/main', 'src/node', 'src/preview', 'src/preload'].map((dir) =>
  resolve(dir),
);

type Rule = { name: string; pattern: RegExp; example: string };

const RULES: Rule[] = [
  {
    name: 'nodeIntegration: true',
    pattern: /\bnodeIntegration\w*\s*:\s*true\b/,
    example: 'nodeIntegration: true',
  },
  {
    name: 'contextIsolation: false',
    pattern: /\bcontextIsolation\s*:\s*false\b/,
    example: 'contextIsolation:false',
  },
  { name: 'sandbox: false', pattern: /\bsandbox\s*:\s*false\b/, example: 'sandbox : false' },
  {
    name: 'webSecurity: false',
    pattern: /\bwebSecurity\s*:\s*false\b/,
    example: 'webSecurity: false',
  },
  {
    name: 'allowRunningInsecureContent: true',
    pattern: /\ballowRunningInsecureContent\s*:\s*true\b/,
    example: 'allowRunningInsecureContent: true',
  },
  {
    name: 'experimentalFeatures: true',
    pattern: /\bexperimentalFeatures\s*:\s*true\b/,
    example: 'experimentalFeatures: true',
  },
  { name: 'webviewTag: true', pattern: /\bwebviewTag\s*:\s*true\b/, example: 'webviewTag: true' },
  {
    name: 'enableRemoteModule',
    pattern: /\benableRemoteModule\b/,
    example: 'enableRemoteModule: false',
  },
  { name: 'shell.openExternal', pattern: /\bopenExternal\b/, example: 'shell.openExternal(url)' },
  { name: 'loadFile(', pattern: /\.loadFile\s*\(/, example: 'window.loadFile("index.html")' },
  {
    name: 'file:// in loadURL',
    pattern: /\bloadURL\s*\(\s*[`'"]file:/,
    example: "win.loadURL('file:///index.html')",
  },
  {
    name: 'file:// URL built for loading',
    pattern: /pathToFileURL|[`'"]file:\/\//,
    example: "const u = 'file://' + p",
  },
  {
    name: 'raw ipcRenderer exposed',
    pattern: /exposeInMainWorld\([^)]*\bipcRenderer\b/,
    example: "exposeInMainWorld('x', ipcRenderer)",
  },
  {
    name: 'ipcMain.on (untyped, unchecked sends)',
    pattern: /\bipcMain\.(on|once|addListener)\s*\(/,
    example: "ipcMain.on('x', fn)",
  },
  {
    name: 'window.open allowed',
    pattern: /\baction\s*:\s*['"]allow['"]/,
    example: "setWindowOpenHandler(() => ({ action: 'allow' }))",
  },
  {
    name: 'a permission granted',
    pattern: /\bsetPermission(Request|Check)Handler\([^;]*(callback\(true\)|=>\s*true)/,
    example: 'session.setPermissionCheckHandler(() => true)',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [path]
      : [];
  });
}

function violations(text: string): string[] {
  return RULES.filter((rule) => rule.pattern.test(text)).map((rule) => rule.name);
}

const files = AUDITED_DIRS.flatMap(sourceFiles);

describe('static security audit', () => {
  it('audits the main process and the preload', () => {
    const names = files.map((file) => relative(resolve('.'), file).replaceAll('\\', '/'));
    expect(names).toContain('src/main/index.ts');
    expect(names).toContain('src/main/windows/window.ts');
    expect(names).toContain('src/preload/index.ts');
    expect(names.some((name) => name.endsWith('.test.ts'))).toBe(false);
  });

  it.each(files.map((file) => [relative(resolve('.'), file), file]))(
    '%s breaks no rule',
    (_name, file) => {
      expect(violations(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the preload exposes exactly one key, "kiosk", and never ipcRenderer itself', () => {
    const preloads = files.filter((file) => file.includes(join('src', 'preload')));
    const exposures = preloads.flatMap((file) => [
      ...readFileSync(file, 'utf8').matchAll(
        /contextBridge\s*\.\s*(exposeIn\w+)\s*\(\s*([^,]+),\s*([^)]+)\)/g,
      ),
    ]);
    expect(exposures.map((match) => [match[1], match[2]?.trim(), match[3]?.trim()])).toEqual([
      ['exposeInMainWorld', "'kiosk'", 'api'],
    ]);
    const all = preloads.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(all.match(/exposeIn\w+World/g)).toHaveLength(1);
  });

  it('only window.ts creates windows, and always with the secure web preferences', () => {
    const creators = files.filter((file) =>
      /new\s+BrowserWindow\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(creators.map((file) => relative(resolve('.'), file).replaceAll('\\', '/'))).toEqual([
      'src/main/windows/window.ts',
    ]);
    const window = readFileSync(resolve('src/main/windows/window.ts'), 'utf8');
    expect(window).toMatch(/\.\.\.secureWebPreferences\(\)/);
  });

  it('every IPC handler goes through the sender check', () => {
    const ipc = readFileSync(resolve('src/main/ipc/register-ipc.ts'), 'utf8');
    expect(ipc.match(/ipcMain\.handle\(/g)).toHaveLength(1);
    expect(ipc).toMatch(
      /ipcMain\.handle\(channel, \(event, \.\.\.args: unknown\[\]\) => \{\s*assertTrustedSender\(event, senders\);/,
    );
  });

  it('keeps the defences in depth: downloads, dialogs, sandbox, debug switches, IPC frames', () => {
    const source = (path: string) => readFileSync(resolve(path), 'utf8');
    expect(source('src/main/security/security.ts')).toMatch(
      /session\.on\('will-download', \(event\) => event\.preventDefault\(\)\)/,
    );
    expect(source('src/main/windows/window.ts')).toMatch(/disableDialogs: true/);
    const index = source('src/main/index.ts');
    expect(index).toMatch(/^app\.enableSandbox\(\);/m);
    expect(index).toMatch(/app\.isPackaged \? forbiddenDebugSwitches\(process\.argv\)/);
    expect(index).toMatch(/configPath\(process\.env, userData, app\.isPackaged\)/);
    const ipc = source('src/main/ipc/register-ipc.ts');
    expect(ipc).toMatch(/frame\.parent === null/);
    expect(ipc).toMatch(/check\.isOurContents\(event\.sender\.id\)/);
  });

  describe('the rules catch what they are for', () => {
    it.each(RULES.map((rule) => [rule.name, rule]))('%s', (_name, rule) => {
      expect(violations(`const x = { ${rule.example} };`)).toContain(rule.name);
    });

    it.each([
      'nodeIntegration: false',
      'contextIsolation: true',
      'sandbox: true',
      'webSecurity: true',
      "loadURL('app://kiosk/index.html')",
      'experimentalFeatures: false',
    ])('lets the safe "%s" pass', (safe) => {
      expect(violations(safe)).toEqual([]);
    });
  });
});
