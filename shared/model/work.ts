import { z } from 'zod';
import { Id, IsoDay, IsoInstant, LongText, Name } from './common';

export const taskStatuses = ['open', 'in_progress', 'waiting_client', 'waiting_colleague', 'done', 'cancelled'] as const;
export const taskCategories = ['follow_up', 'service_request', 'review_preparation', 'onboarding', 'compliance', 'admin'] as const;
export const taskPriorities = ['low', 'normal', 'high'] as const;

export const Task = z.strictObject({
  id: Id,
  clientId: Id.nullable(),
  title: Name(200),
  assigneeId: Id,
  dueOn: IsoDay.nullable(),
  priority: z.enum(taskPriorities),
  status: z.enum(taskStatuses),
  category: z.enum(taskCategories),
  notes: LongText,
  createdById: Id,
  createdAt: IsoInstant,
  completedById: Id.nullable(),
  completedAt: IsoInstant.nullable(),
});
export type Task = z.infer<typeof Task>;

export const surveyChannels = ['meeting', 'phone', 'email', 'paper'] as const;

/** One satisfaction response: NPS 0–10 and/or CSAT 1–5. */
export const Survey = z.strictObject({
  id: Id,
  clientId: Id,
  personId: Id.nullable(),
  on: IsoDay,
  nps: z.number().int().min(0).max(10).nullable(),
  csat: z.number().int().min(1).max(5).nullable(),
  channel: z.enum(surveyChannels),
  comment: LongText,
  recordedById: Id,
});
export type Survey = z.infer<typeof Survey>;
