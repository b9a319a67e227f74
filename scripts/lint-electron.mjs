// `npm run lint:electron`: Doyensec's Electronegativity over the main process (electron/, preload
// included) and the renderer's HTML entry, whose <meta> CSP it evaluates. It fails (exit 1) on any
// finding above INFORMATIONAL that the allowlist below does not name, on a file it cannot parse, on
// an allowlist entry that no longer matches anything, and on any result it does not understand.
//
// Electronegativity's CLI exits 0 whatever it finds, and its CSV file is written by two unawaited
// writes that can race (header truncating findings), so this uses its documented programmatic API,
// which returns the findings with their severity.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const severityRank = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/**
 * Checks not run at all. AvailableSecurityFixesGlobalCheck downloads Electron's release list from
 * GitHub on every run (a lint must give the same answer offline) and only looks at Electron
 * versions found in a scanned package.json, which this scan does not include; the pinned version
 * is checked by tests/unit/electron/security-checklist.test.ts (item 16).
 */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

/** The text of `file` (relative to the repository) from a finding's 1-based line and 0-based column on. */
function sourceFrom(file, line, column) {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  return [lines[line - 1]?.slice(column) ?? '', ...lines.slice(line)].join('\n');
}

/** One CSP directive's value from a policy string, or undefined. */
function cspDirective(policy, name) {
  const directive = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return directive?.slice(1).join(' ');
}

const windowOptionsReason =
  'The check reads only an object literal passed to `new BrowserWindow`; ours come from secureWindowOptions() (electron/main/window.ts), ' +
  'which the check cannot follow. security-checklist.test.ts checks the preference on every window the app opens, and ' +
  'static-security.test.ts that every BrowserWindow is built by secureWindowOptions().';
const viaSecureWindowOptions = (finding) =>
  /^new\s+BrowserWindow\s*\(\s*secureWindowOptions\s*\(/.test(sourceFrom(finding.file, finding.line, finding.column));

const auxclickReason =
  "Asks for disableBlinkFeatures: 'Auxclick' so a middle-click cannot open a link in a new window. In current Electron a " +
  'middle-click goes through the window-open handler like any other new window, and setupContentsLocks() gives every web ' +
  'contents one that always denies (checklist item 14). ' +
  windowOptionsReason;

/**
 * Findings reviewed one by one and accepted: check, file, why, and a condition the finding must
 * also meet, so a new, different occurrence in the same file is still reported.
 */
const allowlist = [
  ...['electron/main/window.ts', 'electron/main/print.ts'].flatMap((file) => [
    {
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      file,
      when: viaSecureWindowOptions,
      reason: `secureWebPreferences() sets contextIsolation: true (checklist item 3). ${windowOptionsReason}`,
    },
    {
      check: 'SANDBOX_JS_CHECK',
      file,
      when: viaSecureWindowOptions,
      reason: `secureWebPreferences() sets sandbox: true and main.ts calls app.enableSandbox() (checklist item 4). ${windowOptionsReason}`,
    },
    { check: 'AUXCLICK_JS_CHECK', file, when: viaSecureWindowOptions, reason: auxclickReason },
  ]),
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/window.ts',
    when: (finding) => sourceFrom(finding.file, finding.line, finding.column).startsWith('shell.openExternal(url)'),
    reason:
      'The one openExternal call; it only receives URLs from decideWindowOpen(), which passes on http(s) URLs with a host and ' +
      'no credentials (isSafeExternalUrl) and nothing else (checklist item 15).',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    when: (finding) =>
      typeof finding.sample === 'string' &&
      cspDirective(finding.sample, 'script-src') === "'self'" &&
      cspDirective(finding.sample, 'default-src') === "'self'",
    reason:
      "Google's CSP evaluator warns that script-src 'self' can be bypassed where the origin also hosts JSONP, Angular or user " +
      "uploads. app://clientbook serves only the built renderer, read-only (electron/main/app-protocol.ts), so 'self' is our bundle.",
  },
];

/** Copies what is scanned into a temporary folder, so findings are named electron/… and renderer/…. */
function stage() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clientbook-electronegativity-'));
  cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true });
  mkdirSync(path.join(dir, 'renderer'));
  copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(dir, 'renderer', 'index.html'));
  return dir;
}

function pinnedElectronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must pin electron to an exact version, found ${JSON.stringify(version)}`);
  }
  return version;
}

/** Electronegativity's issue objects, reduced to what is reported; throws on a shape it does not know. */
function normalise(issue) {
  const severity = issue?.severity?.name;
  const confidence = issue?.confidence?.name;
  if (typeof issue?.id !== 'string' || !(severity in severityRank) || typeof confidence !== 'string' || typeof issue.file !== 'string') {
    throw new Error(`Unexpected finding from Electronegativity: ${JSON.stringify(issue)}`);
  }
  return {
    check: issue.id,
    severity,
    confidence,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample,
  };
}

function printTable(rows) {
  const header = ['status', 'severity', 'confidence', 'check', 'where'];
  const cells = rows.map((row) => [row.status, row.severity, row.confidence, row.check, `${row.file}:${row.line}:${row.column}`]);
  const widths = header.map((title, index) => Math.max(title.length, ...cells.map((cell) => cell[index].length)));
  for (const cell of [header, ...cells]) console.log(cell.map((text, index) => text.padEnd(widths[index])).join('  '));
}

async function main() {
  const run = require('@doyensec/electronegativity');
  const electronVersion = pinnedElectronVersion();
  const dir = stage();
  let result;
  try {
    result = await run({
      input: dir,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: excludedChecks.map((name) => name.toLowerCase()),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!result || !Array.isArray(result.issues) || !Array.isArray(result.errors) || !(result.atomicChecks > 0)) {
    throw new Error('Electronegativity returned no usable result.');
  }

  let failed = false;
  for (const error of result.errors) {
    console.error(`Could not analyse ${path.relative(dir, String(error.file))}: ${error.message}`);
    failed = true;
  }

  const used = new Set();
  const rows = result.issues.map(normalise).map((finding) => {
    if (severityRank[finding.severity] === severityRank.INFORMATIONAL) return { ...finding, status: 'info' };
    const entry = allowlist.find(
      (candidate) => candidate.check === finding.check && candidate.file === finding.file && candidate.when(finding),
    );
    if (entry) {
      used.add(entry);
      return { ...finding, status: 'allowed', entry };
    }
    failed = true;
    return { ...finding, status: 'FAIL' };
  });

  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${electronVersion}:`);
  console.log(`${result.atomicChecks} atomic and ${result.globalChecks} global checks; not run: ${excludedChecks.join(', ')}\n`);
  if (rows.length) printTable(rows);
  const counts = Object.keys(severityRank)
    .map((severity) => `${severity} ${rows.filter((row) => row.severity === severity).length}`)
    .join(', ');
  console.log(`\nFindings: ${rows.length} (${counts}); allowed after review: ${rows.filter((row) => row.status === 'allowed').length}`);

  // One paragraph per check and reason, naming the files it covers.
  const reasons = new Map();
  for (const row of rows.filter((candidate) => candidate.entry)) {
    const key = `${row.check}\n${row.entry.reason}`;
    reasons.set(key, [...new Set([...(reasons.get(key) ?? []), row.file])]);
  }
  for (const [key, files] of reasons) {
    const [check, reason] = key.split('\n');
    console.log(`\n${check} (${files.join(', ')}): ${reason}`);
  }

  const stale = allowlist.filter((entry) => !used.has(entry));
  for (const entry of stale) console.error(`Allowlist entry matched nothing; remove it: ${entry.check} in ${entry.file}`);
  if (stale.length) failed = true;

  console.log(failed ? '\nlint:electron FAILED' : '\nlint:electron passed');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
