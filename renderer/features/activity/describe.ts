import type { AuditChange } from '../../../shared/model';

/** The collections the book keeps records in, in the order a summary lists ties. */
export const recordCollections = [
  'clients',
  'people',
  'holdings',
  'interactions',
  'tasks',
  'requests',
  'reviews',
  'issuedPackets',
  'surveys',
  'surveyRequests',
  'workflowRuns',
  'workflowTemplates',
  'savedViews',
  'teamMembers',
  'imports',
] as const;
export type RecordCollection = (typeof recordCollections)[number];

/** Collections that belong to the firm rather than to one household. */
const firmCollections = ['workflowTemplates', 'savedViews', 'teamMembers', 'imports'] as const satisfies readonly RecordCollection[];

/** Records of every other collection belong to a household; their sentences can name it. */
export type HouseholdCollection = Exclude<RecordCollection, (typeof firmCollections)[number]> | 'other';

export const belongsToHousehold = (what: RecordCollection | 'other'): what is HouseholdCollection =>
  !(firmCollections as readonly string[]).includes(what);

/** The single objects a `set` replaces whole. */
export const singleObjects = ['settings', 'meta'] as const;
export type SingleObject = (typeof singleObjects)[number];

/** Record changes; `set` is described on its own. */
export type RecordOp = Exclude<AuditChange['op'], 'set'>;
const opOrder: readonly AuditChange['op'][] = ['create', 'update', 'delete', 'set'];

const isRecordCollection = (c: string): c is RecordCollection => (recordCollections as readonly string[]).includes(c);
const isSingleObject = (c: string): c is SingleObject => (singleObjects as readonly string[]).includes(c);

/**
 * What one change is about, for choosing its sentence: a known collection or single object, or
 * `other` for a name this version of the app does not know (a newer backend, say).
 */
export type Described =
  | { op: RecordOp; what: RecordCollection | 'other'; clientId: string | undefined }
  | { op: 'set'; what: SingleObject | 'other'; clientId: undefined };

export function describeChange(change: AuditChange): Described {
  if (change.op === 'set') return { op: 'set', what: isSingleObject(change.c) ? change.c : 'other', clientId: undefined };
  return { op: change.op, what: isRecordCollection(change.c) ? change.c : 'other', clientId: change.clientId };
}

/** One line of a summary: every change of one kind (`create`…), counted per collection, most first. */
export type SummaryLine =
  | { op: RecordOp; things: { what: RecordCollection | 'other'; count: number }[]; clientId: string | undefined }
  | { op: 'set'; things: { what: SingleObject | 'other'; count: number }[]; clientId: undefined };

const tieOrder = (what: string) => {
  const index = [...recordCollections, ...singleObjects].indexOf(what as RecordCollection);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
};

/**
 * Sums up many changes, one line per kind of change: "Created 120 people and 60 households".
 * A line names its household when all its changes belong to the same one.
 */
export function summarize(changes: readonly AuditChange[]): SummaryLine[] {
  const byOp = new Map<AuditChange['op'], { counts: Map<string, number>; clientIds: Set<string | undefined> }>();
  for (const change of changes) {
    const described = describeChange(change);
    let group = byOp.get(described.op);
    if (!group) byOp.set(described.op, (group = { counts: new Map(), clientIds: new Set() }));
    group.counts.set(described.what, (group.counts.get(described.what) ?? 0) + 1);
    group.clientIds.add(described.clientId);
  }
  return opOrder.flatMap((op): SummaryLine[] => {
    const group = byOp.get(op);
    if (!group) return [];
    const things = [...group.counts]
      .map(([what, count]) => ({ what, count }))
      .sort((a, b) => b.count - a.count || tieOrder(a.what) - tieOrder(b.what));
    if (op === 'set') return [{ op, things: things as { what: SingleObject | 'other'; count: number }[], clientId: undefined }];
    const [only] = group.clientIds;
    return [
      {
        op,
        things: things as { what: RecordCollection | 'other'; count: number }[],
        clientId: group.clientIds.size === 1 ? only : undefined,
      },
    ];
  });
}
