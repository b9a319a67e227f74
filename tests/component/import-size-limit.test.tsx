import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../renderer/api';
import { createHttpTransport } from '../../renderer/api/http-transport';
import { describeError } from '../../renderer/components/describe-error';
import { ImportScreen } from '../../renderer/features/import/import-screen';
import { i18next } from '../../renderer/i18n';
import { createFormatters } from '../../renderer/i18n/format';
import { maxImportFileBytes, requestTooLargeMessage } from '../../shared/limits';
import { renderWithApp } from './support/render';

/** A file that says it is `size` bytes without holding them. */
function fileOfSize(size: number): File {
  const file = new File(['Household\r\nThe Lee Household\r\n'], 'big.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('Import: the file size limit', () => {
  it('turns away a file over the shared limit, naming the limit, and reads one at the limit', async () => {
    const user = userEvent.setup();
    const { transport } = renderWithApp(<ImportScreen />, { route: '/import', handlers: { 'imports:list': () => [] } });
    expect(screen.getByText(/^A CSV or tab-separated text file, up to 64 MB\./)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Households and their people/ }));

    await user.upload(screen.getByLabelText('CSV file'), fileOfSize(70_000_000));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'big.csv is 70 MB; files up to 64 MB can be imported. Split it into smaller files and import them one after another.',
    );
    await user.upload(screen.getByLabelText('CSV file'), fileOfSize(maxImportFileBytes + 1));
    expect((await screen.findByRole('alert')).textContent).toMatch(/files up to 64 MB can be imported/);
    expect(transport.calls.map((call) => call.channel)).not.toContain('imports:preview');

    await user.upload(screen.getByLabelText('CSV file'), fileOfSize(maxImportFileBytes));
    expect(await screen.findByText(/is ready\./)).toBeTruthy();
  });

  it("shows the browser host's 413 answer as its sentence", async () => {
    const tooLarge = { ok: false, error: { code: 'INVALID_INPUT', message: requestTooLargeMessage } };
    const api = createApiClient(
      createHttpTransport('token', {
        fetch: async () => new Response(JSON.stringify(tooLarge), { status: 413, headers: { 'content-type': 'application/json' } }),
        EventSource: class {} as unknown as typeof EventSource,
      }),
    );
    const error = await api.invoke('app:status').catch((reason: unknown) => reason);
    expect(describeError(error, i18next.t, createFormatters('en-US'))).toBe(
      'The request is larger than Clientbook accepts. Files of up to 64 MB can be imported; split a larger file into smaller ones and import them one after another.',
    );
  });
});
