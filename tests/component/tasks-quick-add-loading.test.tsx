import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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

describe('Quick-add before its form has loaded', () => {
  it('opens its frame with a loading line on the first T, then shows the form with the title field focused', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <QuickAddProvider>
        <button type="button">Somewhere on the screen</button>
      </QuickAddProvider>,
      { currentUser: { member: priya, members: [priya] } },
    );
    screen.getByRole('button', { name: 'Somewhere on the screen' }).focus();
    await user.keyboard('t');

    const dialog = screen.getByRole('dialog', { name: 'New task' });
    expect(within(dialog).getByRole('status').textContent).toBe('Loading…');
    expect(within(dialog).queryByLabelText('Title')).toBeNull();

    formCode.arrive();
    const title = await within(dialog).findByLabelText('Title');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(within(dialog).queryByRole('status')).toBeNull();
  });
});
