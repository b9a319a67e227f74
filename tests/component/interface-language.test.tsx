import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18next, setInterfaceLanguage, english } from '../../renderer/i18n';
import { followMemberLanguage } from '../../renderer/i18n/follow-member';
import { hindi } from '../../renderer/i18n/hindi';
import { computerLanguageStorageKey, startLanguage, systemLanguage } from '../../renderer/i18n/languages';
import { NoticeRegion } from '../../renderer/components/notices';
import { SettingsScreen } from '../../renderer/features/settings/settings-screen';
import { WelcomeScreen } from '../../renderer/features/setup/welcome-screen';
import { defaultSettings, type TeamMember } from '../../shared/model';
import { appStatus, backup, teamMember } from './support/data';
import { renderWithApp } from './support/render';

afterEach(async () => {
  window.localStorage.clear();
  await setInterfaceLanguage('en');
});

function renderSettings(member: TeamMember | null) {
  return renderWithApp(
    <>
      <SettingsScreen />
      <NoticeRegion />
    </>,
    {
      route: '/settings',
      currentUser: { member },
      handlers: {
        'settings:get': () => defaultSettings,
        'backups:list': () => [backup()],
        'team:update': ({ changes }) => ({ ...member!, ...changes, updatedAt: '2026-02-01T09:00:00.000Z' }),
      },
    },
  );
}

describe('the interface language', () => {
  it('switches a member to Hindi from Settings: the book keeps it, the screen and <html lang> follow, the next start begins in it', async () => {
    const user = userEvent.setup();
    const { transport } = renderSettings(teamMember({ id: 'tm_1', language: null }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'This computer’s language (English)' })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('radio', { name: 'हिन्दी' }));

    expect(transport.callsTo('team:update')).toEqual([{ id: 'tm_1', changes: { language: 'hi' } }]);
    expect(await screen.findByRole('heading', { name: 'सेटिंग्स', level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'भाषा' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'हिन्दी' })).toHaveProperty('checked', true);
    expect(document.documentElement.lang).toBe('hi');
    expect(document.documentElement.dir).toBe('ltr');
    expect(startLanguage('tm_1')).toBe('hi');
    // Someone else at this computer still starts in its language.
    expect(startLanguage('tm_2')).toBe('en');
  });

  it('lets the first-run screen set this computer’s language before anyone is in the book', async () => {
    const user = userEvent.setup();
    renderWithApp(<WelcomeScreen status={appStatus({ mode: 'needs-setup' })} onReady={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Clientbook' })).toBeTruthy();

    screen.getByRole('radio', { name: 'English' }).focus();
    // Arrow keys move between the choices, as in any radio group.
    await user.keyboard('{ArrowDown}');

    expect(await screen.findByRole('heading', { name: hindi.welcome.title })).toBeTruthy();
    expect(window.localStorage.getItem(computerLanguageStorageKey)).toBe('hi');
    expect(startLanguage(null)).toBe('hi');
  });

  it('counts by Hindi’s plural rules (0 and 1 are one form) and shows English where a Hindi string is empty', async () => {
    await setInterfaceLanguage('hi');
    expect(i18next.t('clients.countFiltered', { count: 0 })).toBe(hindi.clients.countFiltered_one.replace('{{count, number}}', '0'));
    expect(i18next.t('clients.countFiltered', { count: 2 })).toBe(hindi.clients.countFiltered_other.replace('{{count, number}}', '2'));
    // A string the translators have not filled in yet is shown in English, not blank.
    i18next.addResource('hi', 'translation', 'app.starting', '');
    expect(i18next.t('app.starting')).toBe(english.app.starting);
    i18next.addResource('hi', 'translation', 'app.starting', hindi.app.starting);

    await setInterfaceLanguage('en');
    expect(i18next.t('clients.countFiltered', { count: 0 })).toBe('0 households match');
  });

  it('mounts every Hindi catalogue under the same names as the English ones', () => {
    expect(Object.keys(hindi).sort()).toEqual(Object.keys(english).sort());
  });

  it('leaves a print page in the language its route names, whoever is at this workstation', async () => {
    // Hindi's catalogue is fetched once, so a switch that was going to happen happens at once.
    await setInterfaceLanguage('hi');
    await setInterfaceLanguage('en');
    const hindiReader = { id: 'tm_1', language: 'hi' } as const;
    window.location.hash = '#/print/packet/cl_1?asOf=2026-03-01';
    followMemberLanguage(hindiReader);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(i18next.language).toBe('en');
    window.location.hash = '#/clients';
    followMemberLanguage(hindiReader);
    await vi.waitFor(() => expect(i18next.language).toBe('hi'));
  });

  it('follows the system’s languages until one is chosen', () => {
    expect(systemLanguage(['hi-IN', 'en-IN'])).toBe('hi');
    expect(systemLanguage(['fr-FR', 'hi'])).toBe('hi');
    expect(systemLanguage(['fr-FR'])).toBe('en');
    expect(startLanguage(null)).toBe(systemLanguage());
  });
});
