import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api/api-context';
import { useQuery } from '../../renderer/api/use-query';
import { teamMember } from './support/data';
import { createFakeTransport } from './support/fake-transport';

function TeamSize() {
  const team = useQuery('team:list', { includeInactive: true });
  return <p>{team.data ? `${team.data.length} on the team` : 'waiting'}</p>;
}

/** The team screen's list on a transport that answers one member more each time it is asked. */
async function shownTeam() {
  let asked = 0;
  const transport = createFakeTransport({
    'team:list': () => Array.from({ length: ++asked }, (_, index) => teamMember({ id: `tm_${index + 1}` })),
  });
  render(
    <ApiProvider api={createApiClient(transport)}>
      <TeamSize />
    </ApiProvider>,
  );
  await screen.findByText('1 on the team');
  const changed = async (collections: string[]) => {
    await act(async () => transport.emit('data:changed', { collections }));
  };
  return { transport, changed };
}

describe('useQuery', () => {
  it('asks again when a change names a collection its channel reads', async () => {
    const { transport, changed } = await shownTeam();
    await changed(['tasks', 'teamMembers']);
    expect(await screen.findByText('2 on the team')).toBeTruthy();
    expect(transport.callsTo('team:list')).toHaveLength(2);
  });

  it('does not ask again for changes to collections its channel does not read', async () => {
    const { transport, changed } = await shownTeam();
    await changed(['tasks', 'clients', 'backups']);
    expect(screen.getByText('1 on the team')).toBeTruthy();
    expect(transport.callsTo('team:list')).toHaveLength(1);
  });

  it('asks again when a change names nothing in particular (the book opened, the connection came back)', async () => {
    const { changed } = await shownTeam();
    await changed([]);
    expect(await screen.findByText('2 on the team')).toBeTruthy();
  });
});
