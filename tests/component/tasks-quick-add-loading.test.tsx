import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useKeyShortcut } from '../../renderer/components/use-key-shortcut';
import { QuickAddProvider } from '../../renderer/features/tasks/quick-add';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';

// The form's code arrives only when a test lets it, as a slow fetch of its chunk would.
const formCode = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrived, arrive: () => arrive() };
});
vi.mock('../../renderer/features/tasks/quick-add-form', async (importOriginal) => {
  await formCode.arrived;
  return importOriginal();
});

const priya = teamMember();

/** A screen behind the panel with a one-key shortcut, as the clients table has N for a new client. */
function ScreenWithShortcut({ onNew }: { onNew: () => void }) {
  useKeyShortcut('n', onNew);
  return <button type="button">Somewhere on the screen</button>;
}

describe('Quick-add before its form has loaded', () => {
  it('opens its frame with a loading line on the first T, keeps keys from the screen behind, then shows the form', async () => {
    const user = userEvent.setup();
    const onNew = vi.fn();
    renderWithApp(
      <QuickAddProvider>
        <ScreenWithShortcut onNew={onNew} />
      </QuickAddProvider>,
      { currentUser: { member: priya, members: [priya] } },
    );
    screen.getByRole('button', { name: 'Somewhere on the screen' }).focus();
    await user.keyboard('t');

    const dialog = screen.getByRole('dialog', { name: 'New task' });
    expect(within(dialog).getByRole('status').textContent).toBe('Loading…');
    expect(within(dialog).queryByLabelText('Title')).toBeNull();
    // Typed before the form is there: dropped, not taken as the screen's N.
    await user.keyboard('Call Nadia');
    expect(onNew).not.toHaveBeenCalled();

    formCode.arrive();
    const title = await within(dialog).findByLabelText('Title');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(within(dialog).queryByRole('status')).toBeNull();
  });
});
