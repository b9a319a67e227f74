import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { backupFileInArgs, readableBackupFile, setupBackupFileOpening } from '../../../electron/main/backup-files';
import { backupFileExtension } from '../../../shared/bridge';
import { tempDir } from '../../fixtures/temp-dir';
import { recordingLogger } from './fakes';

/** A folder holding a backup copy, a backup without that extension, and a folder named like a backup. */
async function files() {
  const dir = await tempDir();
  const backup = path.join(dir, 'clientbook-2026-03-01T09-00-00-000Z-manual.clientbook-backup');
  const plain = path.join(dir, 'clientbook-2026-03-01T09-00-00-000Z-manual.json');
  const folder = path.join(dir, 'looks-like.clientbook-backup');
  await writeFile(backup, '{}');
  await writeFile(plain, '{}');
  await mkdir(folder);
  return { dir, backup, plain, folder };
}

describe('backup files Clientbook is opened with', () => {
  it('are the files the installers register', () => {
    // js-yaml arrives with electron-builder, which reads this same file.
    const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(readFileSync(path.join(import.meta.dirname, '../../../build/electron-builder.yml'), 'utf8')) as {
      fileAssociations?: { ext: string }[];
    };
    expect(config.fileAssociations?.map((association) => `.${association.ext}`)).toEqual([backupFileExtension]);
  });

  it('finds the file in a launch’s arguments, never a switch or the app itself', () => {
    expect(backupFileInArgs(['C:\\Clientbook\\Clientbook.exe', 'D:\\USB\\Book.CLIENTBOOK-BACKUP'])).toBe('D:\\USB\\Book.CLIENTBOOK-BACKUP');
    expect(backupFileInArgs(['/opt/Clientbook/clientbook', '--no-sandbox', '/home/a/b.clientbook-backup', '/home/a/c.txt'])).toBe(
      '/home/a/b.clientbook-backup',
    );
    expect(backupFileInArgs(['x.clientbook-backup'])).toBeNull();
    expect(backupFileInArgs(['/app', '--evil=/x.clientbook-backup'])).toBeNull();
    expect(backupFileInArgs(['/app', '/home/a/book.json'])).toBeNull();
  });

  it('passes on only an absolute path to a readable regular file with the backup extension', async () => {
    const { dir, backup, plain, folder } = await files();
    expect(await readableBackupFile(backup)).toBe(backup);
    expect(await readableBackupFile(plain)).toBeNull();
    expect(await readableBackupFile(folder)).toBeNull();
    expect(await readableBackupFile(path.join(dir, 'gone.clientbook-backup'))).toBeNull();
    expect(await readableBackupFile(path.relative(process.cwd(), backup))).toBeNull();
    if (process.getuid?.() !== 0) {
      // Root reads everything: an unreadable file can only be made for another user.
      await chmod(backup, 0o000);
      expect(await readableBackupFile(backup)).toBeNull();
    }
  });

  it('hands on the launch’s file, then files macOS opens and those of a second launch, once checked', async () => {
    const { backup, plain } = await files();
    const app = new EventEmitter();
    const opened: string[] = [];
    const log = recordingLogger();
    const atLaunch = setupBackupFileOpening({
      app: app as unknown as Pick<App, 'on'>,
      argv: ['/Applications/Clientbook.app/Contents/MacOS/Clientbook', backup],
      open: (file) => opened.push(file),
      log,
    });
    expect(await atLaunch).toBe(backup);
    expect(opened).toEqual([]);

    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, backup);
    // The system's own handling of the file (macOS would otherwise say it could not be opened) is Clientbook's.
    expect(event.preventDefault).toHaveBeenCalled();
    app.emit('second-instance', {}, ['C:\\Clientbook\\Clientbook.exe', plain]);
    app.emit('second-instance', {}, ['C:\\Clientbook\\Clientbook.exe', backup]);
    app.emit('open-file', { preventDefault: vi.fn() }, `${backup}.missing.clientbook-backup`);
    await vi.waitFor(() => expect(opened).toEqual([backup, backup]));
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalledTimes(1));
    // The log names no file: a path can hold a client's name.
    expect(JSON.stringify(log.lines)).not.toContain('clientbook-2026');
  });
});
