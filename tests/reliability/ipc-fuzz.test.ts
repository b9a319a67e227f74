// RELIABILITY S1: every channel of the contract, fed generated payloads (fast-check) and a fixed
// list of nasty ones, answers a typed INVALID_INPUT, never crashes, and leaves the book unchanged.
// `npm test` runs 200 payloads a channel; `npm run test:reliability` runs 2,000.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkstation, type Workstation } from '../../electron/backend/workstation';
import { bookSwitchChannels, channels, contract, dispatch, type Channel } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { bookState, smallFirm, testCtx } from '../fixtures/backend';
import { tempDir } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';

const runs = reliabilityCount(200, 2000);

/** Nesting deep enough to overflow a recursive walk that has no limit. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { child: value };
  return value;
}

/** Payloads that have broken other apps: prototype keys, huge and odd values, wrong shapes. */
const nasty: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { id: 'x'.repeat(10 * 1024 * 1024) },
  'x'.repeat(10 * 1024 * 1024),
  deeplyNested(10_000),
  [deeplyNested(10_000)],
  { id: Number.NaN },
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  { extra: 1, another: 'key' },
  { id: 'c_1', extra: true },
  42,
  'a string',
  [],
  [1, 2, 3],
  null,
  true,
  { id: null },
  { id: 12 },
  { clientId: ['c_1'] },
  { id: '../../etc/passwd' },
  { file: '../../clientbook.json' },
  { folder: 'relative/path' },
  { id: '\u0000' },
  { search: '\uD800' },
];

/** Whether the channel's schema would let `payload` through: those calls are real, not attacks. */
const accepted = (channel: Channel, payload: unknown): boolean => contract[channel].input.safeParse(payload).success;

type Firm = Awaited<ReturnType<typeof smallFirm>>;
let firm: Firm;
/** The workstation around a book, for the channels that choose which book it opens. */
let workstation: Workstation;

beforeAll(async () => {
  firm = await smallFirm(() => new Date('2026-11-27T12:00:00Z'));
  workstation = await openWorkstation({ dataDir: await tempDir() });
});

afterAll(() => workstation.close());

function handlersFor(channel: Channel) {
  return (bookSwitchChannels as readonly string[]).includes(channel) ? workstation.handlers : firm.backend.handlers;
}

/** A short description of a payload for a failure message; some payloads cannot be stringified at all. */
function described(payload: unknown): string {
  try {
    return String(JSON.stringify(payload)).slice(0, 200);
  } catch {
    return `a ${typeof payload} that cannot be shown`;
  }
}

async function expectRejected(channel: Channel, payload: unknown): Promise<void> {
  const result = (await dispatch(handlersFor(channel), channel, payload, testCtx)) as Result<unknown>;
  expect(result.ok, `${channel} took ${described(payload)}`).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Some of the details are not valid/);
  }
}

// A single shared backend, so the tests in this file run one at a time. A channel's runs take up
// to 0.2 s alone (0.5 s at the full count), so 10 s for a loaded machine.
describe.sequential('IPC fuzzing (S1)', { timeout: 10_000 }, () => {
  it.each(channels)('%s refuses generated and nasty payloads with a typed error, and nothing changes', async (channel) => {
    const before = bookState(firm.backend);
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, maxDepth: 4 }),
        async (payload) => {
          fc.pre(!accepted(channel, payload));
          await expectRejected(channel, payload);
        },
      ),
      { numRuns: runs },
    );
    for (const payload of nasty.filter((candidate) => !accepted(channel, candidate))) await expectRejected(channel, payload);
    expect(bookState(firm.backend)).toBe(before);
  });

  it('refuses channels that do not exist', async () => {
    for (const name of ['', '__proto__', 'constructor', 'clients:delete', 'toString', 'x'.repeat(10_000)]) {
      const result = (await dispatch(firm.backend.handlers, name, {}, testCtx)) as Result<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });
});
