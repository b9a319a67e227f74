// Two workstations on one office book, each a whole backend as the app runs it: what one records
// the other shows without being asked, a household edited on both is refused on the second with
// the first's name, and the database keeps settings an admin's to change.
import type { ClientConfig } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import type { Events } from '../../../shared/contract';
import { rpc } from '../../fixtures/backend';
import { newOfficeBook } from '../../fixtures/office-book';
import { usePostgres } from '../../fixtures/postgres';
import { tempDir } from '../../fixtures/temp-dir';

const server = usePostgres();
/** A database, two backends and a few dozen commits on a loaded 2-core machine. */
const officeTestMs = 60_000;

async function workstation(office: ClientConfig): Promise<Backend> {
  const backend = await createBackend({ dataDir: await tempDir(), office });
  onTestFinished(() => backend.close());
  return backend;
}

/** The next data:changed event `backend` sends its screens. */
function nextChange(backend: Backend): Promise<Events['data:changed']> {
  return new Promise((resolve) => {
    const stop = backend.events.on('data:changed', (payload) => {
      stop();
      resolve(payload);
    });
  });
}

/** An office book set up by an admin workstation, with two members of the team. */
async function office() {
  const book = await newOfficeBook(server());
  const adminLogin = await book.signIn('clientbook_admin');
  const admin = await workstation(adminLogin);
  await rpc(admin, 'setup:startEmpty', {});
  const ann = await rpc(admin, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
  const ben = await rpc(admin, 'team:create', { name: 'Ben Ortiz', role: 'adviser', email: 'ben@example.com' });
  return { book, admin, ann, ben };
}

describe('two workstations on one office book', () => {
  it(
    'shows a household added on one on the other without a reload',
    async () => {
      const { book, admin, ann } = await office();
      const other = await workstation(await book.signIn('clientbook_member'));
      const heard = nextChange(other);

      const made = await rpc(admin, 'clients:create', { name: 'The Okafor Household', tier: 'A', primaryManagerId: ann.id });

      expect((await heard).collections).toContain('clients');
      expect((await rpc(other, 'clients:list', {})).map((row) => row.name)).toEqual(['The Okafor Household']);
      expect(await rpc(other, 'clients:get', { id: made.id })).toMatchObject({ client: made, primaryManagerName: 'Ann Lee' });
    },
    officeTestMs,
  );

  it(
    'refuses the second save of a household edited on both, naming who saved first',
    async () => {
      const { book, admin, ann, ben } = await office();
      const household = await rpc(admin, 'clients:create', { name: 'The Okafor Household', tier: 'A', primaryManagerId: ann.id });
      const annDesk = await workstation(await book.signIn('clientbook_member'));
      const benDesk = await workstation(await book.signIn('clientbook_member'));
      await rpc(annDesk, 'session:member', { memberId: ann.id });
      await rpc(benDesk, 'session:member', { memberId: ben.id });
      const shownToAnn = await rpc(annDesk, 'clients:get', { id: household.id });
      const shownToBen = await rpc(benDesk, 'clients:get', { id: household.id });

      await rpc(benDesk, 'clients:update', {
        id: household.id,
        expectedVersion: shownToBen.versions[household.id],
        changes: { tier: 'B' },
      });
      const annSave = rpc(annDesk, 'clients:update', {
        id: household.id,
        expectedVersion: shownToAnn.versions[household.id],
        changes: { source: 'Referral' },
      });

      await expect(annSave).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/^Ben Ortiz changed this household at .+, after you opened it, so your changes were not saved\./),
      });
      const { rows } = await book.query("SELECT data->>'tier' AS tier, data->>'source' AS source FROM clientbook.records WHERE id = $1", [
        household.id,
      ]);
      expect(rows).toEqual([{ tier: 'B', source: '' }]);
      // Reloaded, Ann's form carries the version Ben's save made, and hers goes through.
      const again = await rpc(annDesk, 'clients:get', { id: household.id });
      const adminHears = nextChange(admin);
      await rpc(annDesk, 'clients:update', {
        id: household.id,
        expectedVersion: again.versions[household.id],
        changes: { source: 'Referral' },
      });
      await adminHears;
      expect((await rpc(admin, 'clients:get', { id: household.id })).client).toMatchObject({ tier: 'B', source: 'Referral' });
    },
    officeTestMs,
  );

  it(
    'lets only an admin change the settings: the database refuses a member, and says so',
    async () => {
      const { book, admin } = await office();
      const member = await workstation(await book.signIn('clientbook_member'));
      const before = await rpc(member, 'settings:get', {});

      await expect(rpc(member, 'settings:update', { firmName: 'Lee & Co' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only an admin can change the settings, so nothing was changed.',
      });
      expect(await rpc(admin, 'settings:get', {})).toEqual(before);

      const heard = nextChange(member);
      await rpc(admin, 'settings:update', { firmName: 'Lee & Co' });
      await heard;
      expect((await rpc(member, 'settings:get', {})).firmName).toBe('Lee & Co');
    },
    officeTestMs,
  );

  it(
    'undoes an import on its own, keeping colleagues’ work, and refuses once a colleague changed what it brought in',
    async () => {
      const { book, admin, ann } = await office();
      const colleague = await workstation(await book.signIn('clientbook_member'));
      await rpc(colleague, 'session:member', { memberId: ann.id });
      // A member may import: remembering the column mappings is the one change to the settings anyone may make.
      const importFile = async (desk: Backend, names: string[]) => {
        const text = [
          'Household,First Name,Last Name,Tier,Advisor',
          ...names.map((name) => `The ${name} Household,Jo,${name},A,Ann Lee`),
        ].join('\r\n');
        const headers = text.split('\r\n')[0]!.split(',');
        const columns = await rpc(desk, 'imports:suggest', { kind: 'households', headers });
        const preview = await rpc(desk, 'imports:preview', {
          kind: 'households',
          fileName: 'export.csv',
          text,
          delimiter: ',',
          columns,
          dateOrder: 'mdy',
        });
        return rpc(desk, 'imports:commit', { previewId: preview.id });
      };
      const names = async (desk: Backend) => (await rpc(desk, 'clients:list', {})).map((row) => row.name).sort();

      const first = await importFile(colleague, ['Park']);
      const adminHears = nextChange(admin);
      await rpc(admin, 'clients:create', { name: 'Made Meanwhile', tier: 'B', primaryManagerId: ann.id });
      await rpc(colleague, 'imports:undo', { id: first.id });
      await adminHears;
      expect(await names(colleague)).toEqual(['Made Meanwhile']);
      expect((await rpc(colleague, 'imports:list', {})).map((record) => record.id)).not.toContain(first.id);

      const colleagueHears = nextChange(colleague);
      const second = await importFile(admin, ['Shah', 'Lee']);
      await colleagueHears;
      const shah = (await rpc(colleague, 'clients:list', { search: 'Shah' }))[0]!;
      await rpc(colleague, 'clients:update', { id: shah.id, changes: { tier: 'C' } });
      const before = await names(colleague);

      await expect(rpc(admin, 'imports:undo', { id: second.id })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(
          /^Ann Lee has since changed some of the same records \(at .+\), so this cannot be undone without undoing their work too\. Nothing was changed\.$/,
        ),
      });
      expect(await names(admin)).toEqual(before);
    },
    officeTestMs,
  );
});
