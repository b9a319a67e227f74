import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { TeamMember } from '../../../shared/model';
import { CurrentUserContext } from '../../../renderer/app/current-user';
import { TierNamesContext, type TierNames } from '../../../renderer/app/tier-names';
import { ApiProvider } from '../../../renderer/api/api-context';
import { createApiClient } from '../../../renderer/api';
import { NoticesProvider } from '../../../renderer/components/notices';
import { createFakeTransport, type FakeHandlers } from './fake-transport';

/** Renders UI the way main.tsx does, with a memory router and the fake transport behind the API. */
export interface RenderOptions {
  handlers?: FakeHandlers;
  route?: string;
  /** Who is at the workstation; the screen is rendered without the provider (nobody) when left out. */
  currentUser?: { member: TeamMember | null; members?: TeamMember[]; setCurrentUserId?: (id: string | null) => void };
  tierNames?: TierNames;
}

export function renderWithApp(ui: ReactElement, { handlers = {}, route = '/', currentUser, tierNames }: RenderOptions = {}) {
  const transport = createFakeTransport(handlers);
  let content = <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>;
  if (tierNames) content = <TierNamesContext value={tierNames}>{content}</TierNamesContext>;
  if (currentUser) {
    const value = {
      currentUser: currentUser.member,
      members: currentUser.members ?? (currentUser.member ? [currentUser.member] : []),
      setCurrentUserId: currentUser.setCurrentUserId ?? (() => {}),
      loading: false,
    };
    content = <CurrentUserContext value={value}>{content}</CurrentUserContext>;
  }
  const result = render(
    <ApiProvider api={createApiClient(transport)}>
      <NoticesProvider>{content}</NoticesProvider>
    </ApiProvider>,
  );
  return { ...result, transport };
}
