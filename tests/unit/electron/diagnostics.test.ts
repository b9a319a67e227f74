import { describe, expect, it } from 'vitest';
import { aboutPanelOptions, diagnosticSummary, type DiagnosticFacts } from '../../../electron/main/diagnostics';
import type { AppStatus } from '../../../shared/model';

const status: AppStatus = {
  mode: 'read-only',
  readOnlyReason: 'corrupt',
  dataDir: '/Users/ann/Library/Application Support/Clientbook/data',
  schemaVersion: 9,
  fileSchemaVersion: 8,
  quarantined: ['clientbook.json.quarantined-1'],
  recovery: null,
  firmName: 'Harbor & Vine Advisory',
  counts: { clients: 4824, teamMembers: 63 },
  office: {
    server: 'db.harbor.example:5432',
    database: 'clientbook',
    login: 'ann.lee',
    reachable: false,
    memberId: 'tm_1',
    admin: false,
    mustChangePassword: false,
  },
};

const facts: DiagnosticFacts = {
  appVersion: '0.1.0',
  versions: { electron: '39.2.0', chrome: '142.0.7444.52', node: '22.20.0' },
  os: { platform: 'darwin', release: '24.6.0', arch: 'arm64', locale: 'en-IN' },
  dataDir: status.dataDir,
  status,
};

describe('the diagnostic summary', () => {
  it('tells the build, the system, the data folder and the book’s state', () => {
    const text = diagnosticSummary(facts);
    for (const part of [
      'Clientbook 0.1.0',
      'Electron 39.2.0, Chromium 142.0.7444.52, Node 22.20.0',
      'darwin 24.6.0 (arm64), locale en-IN',
      'Data folder: /Users/ann/Library/Application Support/Clientbook/data',
      'office database (not reachable)',
      'Mode: read-only (corrupt)',
      'Schema: 9, file 8',
      'Quarantined files: 1',
      'Households: 4824, team members: 63',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('holds no names: not the firm’s, nor the office server, database or login', () => {
    const text = diagnosticSummary(facts);
    for (const secret of ['Harbor', 'db.harbor.example', 'ann.lee', 'tm_1', 'quarantined-1']) expect(text).not.toContain(secret);
  });

  it('says so when the book is not open', () => {
    expect(diagnosticSummary({ ...facts, status: null })).toContain('Book: not open');
  });
});

describe('the About panel', () => {
  it('names the build and what it runs on, as the diagnostic summary does', () => {
    const about = aboutPanelOptions(facts);
    expect(about).toEqual({
      applicationName: 'Clientbook',
      applicationVersion: '0.1.0',
      version: 'Electron 39.2.0, Chromium 142.0.7444.52, Node 22.20.0',
    });
    expect(diagnosticSummary(facts)).toContain(about.version);
  });
});
