import type { z } from 'zod';
import {
  Client,
  Holding,
  ImportRecord,
  Interaction,
  IssuedPacket,
  Person,
  Review,
  SavedView,
  ServiceRequest,
  Survey,
  SurveyRequest,
  Task,
  TeamMember,
  WorkflowRun,
  WorkflowTemplate,
  bookCollectionNames,
  type Settings,
} from '../../../shared/model';

/** The record collections held by the store, each keyed by record id. */
export interface CollectionTypes {
  teamMembers: TeamMember;
  clients: Client;
  people: Person;
  holdings: Holding;
  interactions: Interaction;
  tasks: Task;
  surveys: Survey;
  surveyRequests: SurveyRequest;
  savedViews: SavedView;
  requests: ServiceRequest;
  workflowTemplates: WorkflowTemplate;
  workflowRuns: WorkflowRun;
  reviews: Review;
  issuedPackets: IssuedPacket;
  imports: ImportRecord;
}
export type CollectionName = keyof CollectionTypes;
export const collectionNames: readonly CollectionName[] = bookCollectionNames;
/** What a change that replaces the whole book (a restore, a move, the book read whole) touches: every collection and its settings and meta. */
export const wholeBookChange: readonly string[] = [...collectionNames, 'settings', 'meta'];

/** The schema of each collection's records. The store checks every record against it before writing. */
export const recordSchemas: { [K in CollectionName]: z.ZodType<CollectionTypes[K]> } = {
  teamMembers: TeamMember,
  clients: Client,
  people: Person,
  holdings: Holding,
  interactions: Interaction,
  tasks: Task,
  surveys: Survey,
  surveyRequests: SurveyRequest,
  savedViews: SavedView,
  requests: ServiceRequest,
  workflowTemplates: WorkflowTemplate,
  workflowRuns: WorkflowRun,
  reviews: Review,
  issuedPackets: IssuedPacket,
  imports: ImportRecord,
};

/** Facts about the book itself rather than about clients. */
export interface BookMeta {
  /** Set once the user chose "Load demo firm" or "Start empty". */
  initializedAt: string | null;
  origin: 'demo' | 'empty' | 'import' | null;
}

/** A whole book as plain arrays: what the demo generator produces and what snapshots hold. */
export type Book = { [K in CollectionName]: CollectionTypes[K][] } & { settings: Settings; meta: BookMeta };
