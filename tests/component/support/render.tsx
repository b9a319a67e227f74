import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { ApiProvider } from '../../../renderer/api/api-context';
import { createApiClient } from '../../../renderer/api';
import { NoticesProvider } from '../../../renderer/components/notices';
import { createFakeTransport, type FakeHandlers } from './fake-transport';

/** Renders UI the way main.tsx does, with a memory router and the fake transport behind the API. */
export function renderWithApp(ui: ReactElement, { handlers = {}, route = '/' }: { handlers?: FakeHandlers; route?: string } = {}) {
  const transport = createFakeTransport(handlers);
  const result = render(
    <ApiProvider api={createApiClient(transport)}>
      <NoticesProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </NoticesProvider>
    </ApiProvider>,
  );
  return { ...result, transport };
}
