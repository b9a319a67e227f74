/**
 * Whether answers are checked against the contract's output schemas: where `CLIENTBOOK_CHECK_OUTPUTS`
 * is `1` (the test runs set it, vitest.config.ts), read at each call so a test of a transport alone
 * can turn it off; through globalThis, since the renderer's copy finds no `process`. Apart from the
 * contract, so a host answering before the contract is loaded can tell whether to load it to check.
 */
export function outputsCheckedByDefault(): boolean {
  return (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.CLIENTBOOK_CHECK_OUTPUTS === '1';
}
