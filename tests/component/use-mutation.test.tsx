import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { MutationResult } from '../../renderer/api/use-mutation';
import { useAction, useMutation } from '../../renderer/api/use-mutation';
import { ErrorMessage } from '../../renderer/components/error-message';
import { NoticeRegion } from '../../renderer/components/notices';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';

/** Deactivates Priya through the hook and shows what it reports. */
function Probe({ onResult }: { onResult: (result: MutationResult<unknown>) => void }) {
  const update = useMutation('team:update', { notice: (member) => `${member.name} saved.` });
  return (
    <>
      <button
        type="button"
        disabled={update.busy}
        onClick={() => void update.run({ id: 'tm_1', changes: { active: false } }).then(onResult)}
      >
        {update.busy ? 'Saving…' : 'Deactivate'}
      </button>
      {update.error ? <ErrorMessage error={update.error} /> : null}
      <NoticeRegion />
    </>
  );
}

describe('useMutation', () => {
  it('is busy while the call runs, then says the success in the status line and hands back the answer', async () => {
    const user = userEvent.setup();
    let answer: (value: ReturnType<typeof teamMember>) => void = () => {};
    const results: MutationResult<unknown>[] = [];
    renderWithApp(<Probe onResult={(result) => results.push(result)} />, {
      handlers: { 'team:update': () => new Promise((resolve) => (answer = resolve)) },
    });

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);

    const saved = teamMember({ active: false });
    answer(saved);
    expect((await screen.findByRole('button', { name: 'Deactivate' })).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Priya Shah saved.');
    expect(results).toEqual([{ ok: true, value: saved }]);
  });

  it('keeps a refusal for the screen to show, in the backend’s words, and says nothing in the status line', async () => {
    const user = userEvent.setup();
    const results: MutationResult<unknown>[] = [];
    renderWithApp(<Probe onResult={(result) => results.push(result)} />, {
      handlers: {
        'team:update': () => {
          throw new AppError('CONFLICT', 'Someone else changed Priya Shah. Reload to see the change.');
        },
      },
    });

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('Someone else changed Priya Shah. Reload to see the change.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    await waitFor(() => expect(results).toMatchObject([{ ok: false, error: { code: 'CONFLICT' } }]));
    expect((screen.getByRole('button', { name: 'Deactivate' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows an optimistic change while the call runs, keeps it on success and takes it back on failure', async () => {
    const user = userEvent.setup();
    const calls: { settle: (ok: boolean) => void }[] = [];
    const results: MutationResult<void>[] = [];
    function Star() {
      const [starred, setStarred] = useState(false);
      const star = useAction(
        () => new Promise<void>((resolve, reject) => calls.push({ settle: (ok) => (ok ? resolve() : reject(new Error('No'))) })),
        {
          optimistic: () => {
            setStarred(true);
            return () => setStarred(false);
          },
        },
      );
      return (
        <button type="button" onClick={() => void star.run().then((result) => results.push(result))}>
          {starred ? 'Starred' : 'Star'}
        </button>
      );
    }
    renderWithApp(<Star />);

    await user.click(screen.getByRole('button', { name: 'Star' }));
    expect(screen.getByRole('button', { name: 'Starred' })).toBeTruthy();
    calls[0]!.settle(false);
    await screen.findByRole('button', { name: 'Star' });

    await user.click(screen.getByRole('button', { name: 'Star' }));
    calls[1]!.settle(true);
    await waitFor(() => expect(results.map((result) => result.ok)).toEqual([false, true]));
    expect(screen.getByRole('button', { name: 'Starred' })).toBeTruthy();
  });
});
