import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoticeRegion } from '../../renderer/components/notices';
import { useBackUpNow } from '../../renderer/features/backups/use-back-up-now';
import { FirmLocaleProvider } from '../../renderer/i18n/firm-locale';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/messages';
import { defaultSettings } from '../../shared/model';
import { renderWithApp } from './support/render';

function BackUpNowButton() {
  const { backUpNow } = useBackUpNow();
  return (
    <button type="button" onClick={() => void backUpNow()}>
      Back up now
    </button>
  );
}

describe('a failure said outside ErrorMessage (a status-line notice)', () => {
  it('writes its time the firm’s way and in its time zone, as an alert does', async () => {
    const kolkataFirm = { ...defaultSettings, locale: 'en-IN', currency: 'INR', timeZone: 'Asia/Kolkata' };
    const at = { instant: '2026-03-31T20:00:00.000Z', english: 'Mar 31, 2026, 8:00 PM' };
    renderWithApp(
      <FirmLocaleProvider settings={kolkataFirm}>
        <BackUpNowButton />
        <NoticeRegion />
      </FirmLocaleProvider>,
      {
        handlers: {
          'backups:create': () => {
            throw new AppError(
              'CONFLICT',
              message('conflict.changedAt', { who: 'Ben Ortiz', what: message('conflict.thisHousehold'), at }),
            );
          },
        },
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    const notice = await screen.findByText(/changed this household at 1 Apr 2026, 1:30\sam, after you opened it/);
    expect(notice.getAttribute('role')).toBe('status');
  });
});
