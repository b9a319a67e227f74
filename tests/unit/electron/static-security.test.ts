// Static checks over the main-process source for Electron security checklist items that a unit
// test of one module cannot see: a window created elsewhere, a weakened preference, a second
// IPC entry point or preload global.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = path.resolve(import.meta.dirname, '../../../electron');

const sources = readdirSync(electronDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return { file: path.relative(electronDir, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
  });

/** Source text without comments, so prose about a setting does not count as using it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const filesUsing = (pattern: RegExp): string[] => sources.filter(({ text }) => pattern.test(code(text))).map(({ file }) => file);

describe('main-process source', () => {
  it('is found', () => {
    expect(sources.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['main/main.ts', 'main/window.ts', 'main/preload.ts', 'main/ipc.ts']),
    );
  });

  it('creates every BrowserWindow from secureWindowOptions()', () => {
    const creations = sources.flatMap(({ file, text }) =>
      [...code(text).matchAll(/new\s+BrowserWindow\s*\(\s*([A-Za-z_$][\w$]*)?/g)].map((match) => ({ file, options: match[1] })),
    );
    expect(creations.length).toBeGreaterThan(0);
    for (const creation of creations) expect(creation, creation.file).toEqual({ file: creation.file, options: 'secureWindowOptions' });
  });

  it.each([
    /sandbox\s*:\s*false/,
    /contextIsolation\s*:\s*false/,
    /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
    /webSecurity\s*:\s*false/,
    /allowRunningInsecureContent\s*:\s*true/,
    /experimentalFeatures\s*:\s*true/,
    /webviewTag\s*:\s*true/,
    /enableBlinkFeatures/,
    /bypassCSP\s*:\s*true/,
    /\.loadFile\s*\(/,
    /setPermissionRequestHandler\s*\(\s*null/,
    /(['"`])file:\/\//,
  ])('never weakens security: %s', (pattern) => {
    expect(filesUsing(pattern)).toEqual([]);
  });

  it('has one IPC entry point and one one-way message (the interface language), both in ipc.ts', () => {
    expect(filesUsing(/ipcMain\.(handle|handleOnce|on|once)\s*\(/)).toEqual(['main/ipc.ts']);
    const ipc = code(sources.find(({ file }) => file === 'main/ipc.ts')?.text ?? '');
    expect(ipc.match(/ipcMain\.handle\s*\(/g)).toHaveLength(1);
    expect(ipc.match(/ipcMain\.(on|once)\s*\(/g)).toHaveLength(1);
  });

  it('exposes one global from the preload and never ipcRenderer itself', () => {
    expect(filesUsing(/exposeInMainWorld\s*\(/)).toEqual(['main/preload.ts']);
    const preload = code(sources.find(({ file }) => file === 'main/preload.ts')?.text ?? '');
    expect(preload.match(/exposeInMainWorld\s*\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });

  it('opens external links only through the checked window-open handler', () => {
    expect(filesUsing(/shell\.openExternal\s*\(/)).toEqual(['main/window.ts']);
  });

  it("keeps the backend free of 'electron'", () => {
    expect(filesUsing(/from\s+['"]electron['"]/).filter((file) => file.startsWith('backend/'))).toEqual([]);
  });
});
