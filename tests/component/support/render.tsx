import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { AppStatus, TeamMember } from '../../../shared/model';
import { AppStatusContext } from '../../../renderer/app/app-status';
import { CurrentUserContext } from '../../../renderer/app/current-user';
import { TierNamesContext, type TierNames } from '../../../renderer/app/tier-names';
import { ApiProvider } from '../../../renderer/api/api-context';
import { createApiClient } from '../../../renderer/api';
import { NoticesProvider } from '../../../renderer/components/notices';
import { appStatus, workstationStatus } from './data';
import { createFakeTransport, type FakeHandlers } from './fake-transport';

/** Renders UI the way main.tsx does, with a memory router and the fake transport behind the API. */
export interface RenderOptions {
  handlers?: FakeHandlers;
  route?: string;
  /** Who is at the workstation; the screen is rendered without the provider (nobody) when left out. */
  currentUser?: { member: TeamMember | null; members?: TeamMember[]; setCurrentUserId?: (id: string | null) => void };
  tierNames?: TierNames;
  /** What app:status said, for screens inside the ready app; a ready local book by default. */
  status?: AppStatus;
}

export function renderWithApp(
  ui: ReactElement,
  { handlers = {}, route = '/', currentUser, tierNames, status = appStatus() }: RenderOptions = {},
) {
  // A book on this computer whose workstation does not require sign-in, unless the test says otherwise.
  const transport = createFakeTransport({ 'workstation:status': () => workstationStatus(), ...handlers });
  let content = <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>;
  content = <AppStatusContext value={{ status, setStatus: () => {} }}>{content}</AppStatusContext>;
  if (tierNames) content = <TierNamesContext value={tierNames}>{content}</TierNamesContext>;
  if (currentUser) {
    const value = {
      currentUser: currentUser.member,
      members: currentUser.members ?? (currentUser.member ? [currentUser.member] : []),
      setCurrentUserId: currentUser.setCurrentUserId ?? (() => {}),
      loading: false,
      signedIn: false,
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
