// How `npm start` and `npm run start:browser` decide what to build before starting.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builds, staleBuilds } from '../../scripts/start-build.mjs';

let project: string;
beforeEach(() => void (project = mkdtempSync(path.join(os.tmpdir(), 'clientbook-start-build-'))));
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** Writes `file` in the project, dated `minutesAgo` ago (its folder keeps the date it gets now). */
function write(file: string, minutesAgo: number): void {
  const at = path.join(project, file);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, '');
  const date = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(at, date, date);
}

/** Dates a folder `minutesAgo` ago, as if nothing had been added to or removed from it since. */
function dateFolder(folder: string, minutesAgo: number): void {
  const date = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(path.join(project, folder), date, date);
}

/** A project whose sources were last changed an hour ago and whose builds were made 30 minutes ago. */
function builtProject(): void {
  write('renderer/main.tsx', 60);
  write('renderer/features/clients/clients-screen.tsx', 60);
  write('shared/model/client.ts', 60);
  write('electron/host/host.ts', 60);
  write('vite.config.ts', 60);
  for (const folder of [
    'renderer/features/clients',
    'renderer/features',
    'renderer',
    'shared/model',
    'shared',
    'electron/host',
    'electron',
  ])
    dateFolder(folder, 60);
  for (const { outputs } of Object.values(builds)) for (const output of outputs) write(output, 30);
}

describe('what needs building before start', () => {
  it('builds everything in a new clone, where nothing is built yet', () => {
    write('renderer/main.tsx', 60);
    expect(staleBuilds(project)).toEqual(['renderer', 'electron']);
  });

  it('builds nothing when every output is newer than its sources', () => {
    builtProject();
    expect(staleBuilds(project)).toEqual([]);
  });

  it('builds only the renderer when a screen changed', () => {
    builtProject();
    write('renderer/features/clients/clients-screen.tsx', 1);
    expect(staleBuilds(project)).toEqual(['renderer']);
  });

  it('builds both when shared code or the dependencies changed', () => {
    builtProject();
    write('shared/model/client.ts', 1);
    expect(staleBuilds(project)).toEqual(['renderer', 'electron']);
  });

  it('builds again when a source file was deleted since the build', () => {
    builtProject();
    rmSync(path.join(project, 'renderer/features/clients/clients-screen.tsx'));
    expect(staleBuilds(project)).toEqual(['renderer']);
  });

  it('builds again when one of a build’s outputs is missing', () => {
    builtProject();
    rmSync(path.join(project, 'dist-electron/preload.cjs'));
    expect(staleBuilds(project)).toEqual(['electron']);
  });

  it('builds again when the Vite settings changed', () => {
    builtProject();
    write('vite.config.ts', 1);
    expect(staleBuilds(project)).toEqual(['renderer']);
  });
});
