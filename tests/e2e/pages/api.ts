import type { Page } from '@playwright/test';
import type { Channel, In, Out } from '../../../shared/contract';

/** Calls the host's API from inside the page, with the page's own access token. */
export async function callApi<C extends Channel>(page: Page, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      // Runs in the page; the e2e project has no DOM typings, so name what is used.
      const win = globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } };
      const token = win.sessionStorage.getItem('clientbook.token') ?? '';
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-clientbook-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    { channel, input },
  );
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as Out<C>;
}
