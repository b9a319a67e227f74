import { teamRoles, type TeamMember, type TeamRole } from '../../../shared/model';
import type { Calendar } from './calendar';
import { IdSequence } from './ids';
import { asciiSlug, personName, pickSex, type NameTables } from './names';
import type { Rng } from './rng';

/** The colleagues who work a manager's book with them, so a household sees the same few faces. */
export interface Pod {
  readonly manager: TeamMember;
  readonly managerFirst: string;
  /** The adviser brought in for planning work (the manager, when the manager is an adviser). */
  readonly adviser: TeamMember;
  readonly paraplanner: TeamMember;
  readonly operations: TeamMember;
  /** Client service staff, when the firm is large enough to have them; operations covers otherwise. */
  readonly support: TeamMember;
  /** Business development, when the firm has any; the manager courts prospects otherwise. */
  readonly sales: TeamMember;
}

export interface Team {
  readonly members: TeamMember[];
  /** Advisers take most tier A households; account managers hold the rest of the book. */
  readonly advisers: readonly TeamMember[];
  readonly accountManagers: readonly TeamMember[];
  pod(managerId: string): Pod;
}

/** One client book per ~150 households; the rest of the firm is sized from the number of books. */
const HOUSEHOLDS_PER_BOOK = 150;

function staffing(households: number): Record<TeamRole, number> {
  // At least three books, so the five-person demo firm has two account managers and an adviser.
  const books = Math.max(3, Math.ceil(households / HOUSEHOLDS_PER_BOOK));
  const advisers = Math.max(1, Math.round(books / 4));
  return {
    account_manager: books - advisers,
    adviser: advisers,
    paraplanner: Math.max(1, Math.round(books / 3)),
    operations: Math.max(1, Math.round(books / 4)),
    sales: Math.floor(books / 8),
    support: Math.floor(books / 6),
  };
}

/** The member at `index` of a role's list, wrapping around, so pods share colleagues evenly. */
function nth(members: readonly TeamMember[], index: number): TeamMember | undefined {
  return members[index % members.length];
}

/** Staff for a firm serving `households` households, set up the day the firm started using Clientbook. */
export function generateTeam(households: number, names: NameTables, setupDay: number, cal: Calendar, rng: Rng): Team {
  const ids = new IdSequence('tm', 4);
  // Its own stream, so adding capacities did not change anyone's name.
  const capacities = rng.fork('capacity');
  const counts = staffing(households);
  const byRole = new Map<TeamRole, TeamMember[]>();
  const firstNames = new Map<string, string>();
  const taken = new Set<string>();
  const members: TeamMember[] = [];

  for (const role of teamRoles) {
    const list: TeamMember[] = [];
    for (let i = 0; i < counts[role]; i++) {
      let name = personName(rng, pickSex(rng), names);
      let email = `${asciiSlug(name.first)}.${asciiSlug(name.last)}@example.org`;
      // Colleagues with the same name confuse everyone; redraw (the name tables are large).
      while (taken.has(email)) {
        name = personName(rng, pickSex(rng), names);
        email = `${asciiSlug(name.first)}.${asciiSlug(name.last)}@example.org`;
      }
      taken.add(email);
      const createdAt = cal.instant(setupDay, 9 * 60 + members.length);
      const member: TeamMember = {
        id: ids.next(),
        name: `${name.first} ${name.last}`,
        role,
        email,
        active: true,
        // Managers set how many households they can serve well; other roles hold no book.
        capacity: role === 'account_manager' || role === 'adviser' ? capacities.int(12, 18) * 10 : null,
        language: null,
        createdAt,
        updatedAt: createdAt,
      };
      firstNames.set(member.id, name.first);
      list.push(member);
      members.push(member);
    }
    byRole.set(role, list);
  }

  const role = (r: TeamRole) => byRole.get(r) ?? [];
  const advisers = role('adviser');
  const accountManagers = role('account_manager');
  const pods = new Map<string, Pod>();
  [...accountManagers, ...advisers].forEach((manager, index) => {
    const operations = nth(role('operations'), index) ?? manager;
    pods.set(manager.id, {
      manager,
      managerFirst: firstNames.get(manager.id) ?? manager.name,
      adviser: manager.role === 'adviser' ? manager : (nth(advisers, index) ?? manager),
      paraplanner: nth(role('paraplanner'), index) ?? manager,
      operations,
      support: nth(role('support'), index) ?? operations,
      sales: nth(role('sales'), index) ?? manager,
    });
  });

  return {
    members,
    advisers,
    accountManagers,
    pod(managerId) {
      const pod = pods.get(managerId);
      if (!pod) throw new Error(`${managerId} does not hold a client book`);
      return pod;
    },
  };
}
