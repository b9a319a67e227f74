import type { Channel } from './contract';
import { bookCollectionNames } from './model/collection-values';

/**
 * What a `data:changed` event names: the record collections and single objects (`settings`,
 * `meta`) a change touched, or `backups` when a backup was made. An event naming nothing says
 * anything may have changed (the book finished opening, its connection came back, it turned
 * read-only), and every screen asks again.
 */
export const changeNames = [...bookCollectionNames, 'settings', 'meta', 'backups'] as const;
export type ChangeName = (typeof changeNames)[number];

/** A household's figures (clients:list rows, the client page, health): its records, its manager's name, and the firm's review and health rules. */
const householdFigures = [
  'clients',
  'people',
  'holdings',
  'interactions',
  'reviews',
  'surveys',
  'surveyRequests',
  'requests',
  'tasks',
  'workflowRuns',
  'teamMembers',
  'settings',
] as const satisfies readonly ChangeName[];

/** Every change to the book's data: the audit trail records each one. */
const everyBookChange = changeNames.filter((name) => name !== 'backups');

/**
 * Which changes each read channel's answer depends on: `useQuery` asks again only when a
 * `data:changed` names one of them. Generous on purpose: a missing name leaves a screen stale, an
 * extra one costs a spare reload. A test (tests/unit/contract-reads.test.ts) makes a real change of
 * each kind to the demo book and fails when an answer changed that its channel does not list.
 */
export const readsOf = {
  'app:status': ['meta', 'settings', 'clients', 'teamMembers'],
  'workstation:status': ['teamMembers', 'settings'],
  // Answered by the workstation from its own file, not from the book.
  'office:connection': [],
  'settings:get': ['settings'],
  'team:list': ['teamMembers'],
  'team:books': householdFigures,
  'access:list': ['teamMembers'],
  'clients:list': householdFigures,
  'clients:match': householdFigures,
  'clients:get': householdFigures,
  'search:clients': ['clients', 'people', 'holdings'],
  'interactions:list': ['interactions', 'teamMembers'],
  'tasks:myDay': ['tasks', 'clients', 'teamMembers', 'workflowRuns', 'workflowTemplates', 'requests', 'reviews', 'settings'],
  'tasks:list': ['tasks', 'clients', 'teamMembers', 'workflowRuns', 'workflowTemplates', 'requests', 'reviews', 'settings'],
  'tasks:counts': ['tasks', 'requests', 'reviews', 'clients', 'settings'],
  'tasks:teamLoad': ['tasks', 'teamMembers', 'clients', 'requests', 'reviews', 'settings'],
  'requests:list': ['requests', 'clients', 'teamMembers', 'tasks', 'settings'],
  'requests:get': ['requests', 'clients', 'teamMembers', 'tasks', 'settings'],
  'workflows:templates': ['workflowTemplates'],
  'workflows:progress': ['workflowRuns', 'workflowTemplates', 'tasks', 'teamMembers'],
  'surveys:list': ['surveys', 'surveyRequests', 'clients', 'people', 'teamMembers', 'tasks', 'settings'],
  'satisfaction:trends': ['surveys', 'surveyRequests', 'clients', 'people', 'teamMembers', 'settings'],
  'health:client': householdFigures,
  'dashboard:get': [...householdFigures, 'issuedPackets'],
  'reviews:due': [...householdFigures, 'issuedPackets'],
  'reviews:forClient': ['reviews', 'teamMembers', 'issuedPackets', 'tasks'],
  'packets:data': [...householdFigures, 'issuedPackets'],
  'packets:list': ['issuedPackets'],
  // A folder beside the data, not anything in the book.
  'packets:defaultFolder': [],
  'exports:defaultFolder': [],
  'imports:suggest': ['settings', 'teamMembers'],
  'imports:list': ['imports'],
  'views:list': ['savedViews'],
  'audit:list': everyBookChange,
  'backups:list': ['backups', ...everyBookChange],
} as const satisfies Partial<Record<Channel, readonly ChangeName[]>>;

/** A channel screens read with `useQuery`, kept current by the changes it lists in `readsOf`. */
export type ReadChannel = keyof typeof readsOf;

/** Whether a `data:changed` naming `changed` can alter what `channel` answers. */
export function answerMayChange(channel: ReadChannel, changed: readonly string[]): boolean {
  if (changed.length === 0) return true;
  const reads: readonly string[] = readsOf[channel];
  return changed.some((name) => reads.includes(name));
}
