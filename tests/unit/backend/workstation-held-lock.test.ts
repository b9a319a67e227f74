// The browser host locks the data folder before it prints its address and loads the backend
// (issue 17); the workstation's store then takes that lock over instead of taking its own.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { StoreLockedError } from '../../../electron/backend/store/errors';
import { lockDataFolder } from '../../../electron/backend/store/lock';
import { openWorkstation } from '../../../electron/backend/workstation';
import { tempDir } from '../../fixtures/temp-dir';

const ctx = { actor: 'tester' };
const now = () => new Date();

describe('a data folder locked before the workstation opens', () => {
  it('is held by the book from then on, and free once the workstation closes', async () => {
    const dataDir = await tempDir();
    const heldLock = await lockDataFolder(dataDir, now);
    const workstation = await openWorkstation({ dataDir, heldLock });
    let closed = false;
    onTestFinished(async () => {
      if (!closed) await workstation.close();
    });
    await workstation.ready;
    expect((await workstation.handlers['app:status']({}, ctx)).mode).toBe('needs-setup');
    await expect(lockDataFolder(dataDir, now)).rejects.toBeInstanceOf(StoreLockedError);

    await workstation.close();
    closed = true;
    const release = await lockDataFolder(dataDir, now);
    await release();
  });

  it('is given back when the workstation starts on the office book, which does not hold it', async () => {
    const dataDir = await tempDir();
    const connection = { host: 'office.invalid', port: 5432, database: 'book', login: 'ann', sslmode: 'require' };
    await writeFile(path.join(dataDir, 'office-connection.json'), JSON.stringify(connection));
    const workstation = await openWorkstation({ dataDir, heldLock: await lockDataFolder(dataDir, now) });
    onTestFinished(() => workstation.close());
    expect((await workstation.handlers['app:status']({}, ctx)).mode).toBe('office-sign-in');
    const release = await lockDataFolder(dataDir, now);
    await release();
  });
});
