import { z } from 'zod';
import { rule } from '../messages';
import { InterfaceLanguage, MemberRef } from './team';
import { Address, ClientType, holdingKinds, interactionKinds, relationships, Tier } from './client';
import { Id, IsoDay, IsoInstant, LongText, Money, Name, PastDay, PlanDay } from './common';
import { MeetingInvitee, MeetingMinutes, MeetingPlace, TimeZone } from './meeting';
import { HealthReport } from './satisfaction';
import { requestTypes, requestStatuses, TimeOfDay } from './work';

// ─── Reviews ─────────────────────────────────────────────────────────────────

export const reviewStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const ReviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

const AgendaItem = z
  .string()
  .trim()
  .min(1, rule('required'))
  .max(300, rule('atMostCharacters', { count: 300 }));
/** The agenda of one review, or the firm's default one in Settings. */
export const Agenda = z.array(AgendaItem).max(30, rule('atMostItems', { count: 30 }));

/** A decision taken at a held review; it may have become a task with an owner and a due date. */
export const ReviewDecision = z.strictObject({
  id: Id,
  text: Name(2000),
  ownerId: Id.nullable(),
  dueOn: IsoDay.nullable(),
  /** The task made from this decision, if one was. */
  taskId: Id.nullable(),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/**
 * One review meeting with a client: scheduled, then held (or cancelled). A held review is the
 * "last review" the next due date counts from.
 */
export const Review = z.strictObject({
  id: Id,
  clientId: Id,
  status: ReviewStatus,
  /** The team member running it; the client's manager when scheduled. */
  managerId: Id,
  /** The planned meeting day. */
  scheduledOn: IsoDay.nullable(),
  /** The day it was held; set once held. */
  heldOn: IsoDay.nullable(),
  // The meeting's details were added later: a review scheduled before has none and is an all-day meeting.
  /** When it starts, local to `timeZone`; null for an all-day meeting. */
  time: TimeOfDay.nullable().optional(),
  durationMinutes: MeetingMinutes.optional(),
  /** The time zone of the workstation it was scheduled from. */
  timeZone: TimeZone.optional(),
  place: MeetingPlace.nullable().optional(),
  /** Who is invited: the household's people and team members. */
  invitees: z.array(MeetingInvitee).max(30).optional(),
  agenda: Agenda,
  /** Who was there, as written (the client's people and staff). */
  attendees: z.array(Name(120)).max(30),
  notes: LongText,
  decisions: z.array(ReviewDecision).max(50),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Review = z.infer<typeof Review>;

/** Plans a review meeting, or moves an already scheduled one (`reviewId`). */
export const ReviewSchedule = z.strictObject({
  clientId: Id,
  reviewId: Id.optional(),
  on: PlanDay,
  /** Defaults to the client's manager. */
  managerId: Id.optional(),
  /** Defaults to the firm's agenda template from Settings. */
  agenda: Agenda.optional(),
  /** When it starts; null for an all-day meeting. Left out: as planned before, or all day. */
  time: TimeOfDay.nullable().optional(),
  /** Left out: as planned before, or an hour. */
  durationMinutes: MeetingMinutes.optional(),
  /** The workstation's time zone; left out: main's own. */
  timeZone: TimeZone.optional(),
  /** Left out: as planned before, or not said. */
  place: MeetingPlace.nullable().optional(),
  /** People of the household invited; left out: as planned before, or nobody. */
  personIds: z.array(Id).max(30).optional(),
  /** Team members invited; left out: as planned before, or nobody. */
  memberIds: z.array(Id).max(30).optional(),
});
export type ReviewSchedule = z.input<typeof ReviewSchedule>;

export const ReviewAgendaUpdate = z.strictObject({ id: Id, agenda: Agenda });

/** A decision as entered when recording a held review; `ownerId` + `dueOn` + `makeTask` make it a task. */
export const ReviewDecisionDraft = z.strictObject({
  text: Name(2000),
  ownerId: Id.nullable().default(null),
  dueOn: PlanDay.nullable().default(null),
  makeTask: z.boolean().default(false),
});
export type ReviewDecisionDraft = z.input<typeof ReviewDecisionDraft>;

/** Records that a review took place: the scheduled one (`reviewId`) or one nobody scheduled. */
export const ReviewRecord = z.strictObject({
  clientId: Id,
  reviewId: Id.optional(),
  heldOn: PastDay,
  attendees: z.array(Name(120)).max(30).default([]),
  notes: LongText.default(''),
  decisions: z.array(ReviewDecisionDraft).max(50).default([]),
  /** The team member recording it (and the one who ran it, unless the review names another). */
  byId: Id,
});
export type ReviewRecord = z.input<typeof ReviewRecord>;

/** Where a client's next review stands relative to today. */
export const reviewDueBuckets = ['overdue', 'this_month', 'upcoming', 'later'] as const;
export const ReviewDueBucket = z.enum(reviewDueBuckets);
export type ReviewDueBucket = z.infer<typeof ReviewDueBucket>;

/** One reviewed client on the Reviews screen. */
export const ReviewDueRow = z.strictObject({
  clientId: Id,
  clientName: z.string(),
  tier: Tier,
  managerId: Id,
  managerName: z.string(),
  cadenceMonths: z.number().int(),
  lastReviewOn: IsoDay.nullable(),
  nextDueOn: IsoDay,
  bucket: ReviewDueBucket,
  /** The next scheduled meeting, if one is planned. */
  scheduled: z.strictObject({ reviewId: Id, on: IsoDay }).nullable(),
});
export type ReviewDueRow = z.infer<typeof ReviewDueRow>;

export const ReviewDueQuery = z
  .strictObject({
    managerId: Id.optional(),
    buckets: z.array(ReviewDueBucket).max(4).optional(),
    /** Only clients whose next review falls due, or is scheduled, within these days (the batch's period). */
    from: IsoDay.optional(),
    to: IsoDay.optional(),
  })
  .default({});
export type ReviewDueQuery = z.input<typeof ReviewDueQuery>;

// ─── Review packets ──────────────────────────────────────────────────────────

export const paperSizes = ['A4', 'Letter'] as const;
export const PaperSize = z.enum(paperSizes);
export type PaperSize = z.infer<typeof PaperSize>;

/** A PNG or JPEG logo as a data URL, at most about 300 KB. */
export const LogoDataUrl = z
  .string()
  .max(400_000, rule('imageAtMost', { size: '300 KB' }))
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, rule('pngOrJpeg'));

/** What the firm's review packets look like; part of Settings. */
export const PacketSettings = z.strictObject({
  logo: LogoDataUrl.nullable(),
  paper: PaperSize,
  /** The agenda every newly scheduled review starts with. */
  agendaTemplate: Agenda,
  /** Printed on the last page of every packet. */
  disclosure: z
    .string()
    .trim()
    .max(5000, rule('atMostCharacters', { count: 5000 })),
  /** Whether packets show the health score unless a packet says otherwise. */
  showHealth: z.boolean(),
});
export type PacketSettings = z.infer<typeof PacketSettings>;

/**
 * The agenda and disclosure a new book's packets start with, in the language of whoever sets the
 * book up: the firm's own words from then on, rewritten in Settings as it likes.
 */
export const packetWording: Record<InterfaceLanguage, Pick<PacketSettings, 'agendaTemplate' | 'disclosure'>> = {
  en: {
    agendaTemplate: [
      'Welcome and changes in your circumstances',
      'Your products and services: values and fees',
      'What happened since our last review',
      'Your goals and our recommendations',
      'Actions and next steps',
    ],
    disclosure:
      'This packet is prepared for the named client only and summarises records held by the firm as of the date shown. Values are as last reported by the product providers and may differ from current values. Past performance does not guarantee future results.',
  },
  hi: {
    agendaTemplate: [
      'स्वागत और आपकी परिस्थितियों में बदलाव',
      'आपके प्रोडक्ट और सेवाएँ: मूल्य और शुल्क',
      'पिछले रिव्यू के बाद क्या हुआ',
      'आपके लक्ष्य और हमारी सलाह',
      'कार्य और आगे के कदम',
    ],
    disclosure:
      'यह पैकेट केवल नामित क्लाइंट के लिए तैयार किया गया है और दिखाई गई तारीख तक फ़र्म के रिकॉर्ड का सारांश देता है। मूल्य वही हैं जो प्रोडक्ट प्रदाताओं ने पिछली बार बताए थे, और मौजूदा मूल्यों से अलग हो सकते हैं। पिछला प्रदर्शन भविष्य के परिणामों की गारंटी नहीं है।',
  },
};

export const defaultPacketSettings: PacketSettings = { logo: null, paper: 'Letter', ...packetWording.en, showHealth: false };

/** Which packet to make: one client, as of a day, optionally for a scheduled or held review. */
export const PacketQuery = z.strictObject({
  clientId: Id,
  asOf: IsoDay,
  reviewId: Id.nullable().default(null),
  /** Defaults to the firm's setting. */
  showHealth: z.boolean().optional(),
  /** The household's people who sign it; left out: the adults who are parties to the relationship. */
  signerIds: z
    .array(Id)
    .max(30, rule('atMostPeople', { count: 30 }))
    .optional(),
  /** The language its words are printed in (the person's who makes it); left out: English. */
  language: InterfaceLanguage.optional(),
});
export type PacketQuery = z.input<typeof PacketQuery>;

const PacketHolding = z.strictObject({
  id: Id,
  name: z.string(),
  kind: z.enum(holdingKinds),
  provider: z.string(),
  /** Last four characters only, e.g. "••6789"; null when none is on file. */
  accountEnding: z.string().nullable(),
  /** The value on the newest valuation on or before the as-of day; null when none. */
  value: Money.nullable(),
  valuedOn: IsoDay.nullable(),
  annualFee: Money,
  /** The value on or before the last review, for "change since last review"; null when unknown. */
  valueAtLastReview: Money.nullable(),
});
export type PacketHolding = z.infer<typeof PacketHolding>;

const Dated = { on: IsoDay };

/** Everything a review packet prints, computed in main as of one day. */
export const PacketData = z.strictObject({
  asOf: IsoDay,
  firm: z.strictObject({
    name: z.string(),
    logo: LogoDataUrl.nullable(),
    paper: PaperSize,
    disclosure: z.string(),
    currency: z.string(),
    locale: z.string(),
  }),
  client: z.strictObject({
    id: Id,
    name: z.string(),
    type: ClientType,
    tier: Tier,
    tierName: z.string(),
    clientSince: IsoDay.nullable(),
    address: Address.nullable(),
  }),
  /** The parties to the relationship the packet is prepared for (adults, not children or beneficiaries): the primary contact first. */
  preparedFor: z.array(z.string()),
  /** Who signs the acknowledgement for the client, in the order of `preparedFor`. */
  signers: z.array(z.string()),
  review: z.strictObject({ id: Id, meetingOn: IsoDay.nullable(), agenda: Agenda }).nullable(),
  /** The agenda printed: the review's own, else the firm's template. */
  agenda: Agenda,
  manager: z.strictObject({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  serviceTeam: z.array(z.strictObject({ name: z.string(), role: z.string() })),
  people: z.array(
    z.strictObject({
      name: z.string(),
      relationship: z.enum(relationships),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      dateOfBirth: IsoDay.nullable(),
    }),
  ),
  holdings: z.array(PacketHolding),
  totals: z.strictObject({
    value: Money,
    annualFees: Money,
    /** Null when no holding had a value at the last review (or there was none). */
    valueAtLastReview: Money.nullable(),
  }),
  /** Value by kind of product, largest first; only kinds with a value. */
  mix: z.array(z.strictObject({ kind: z.enum(holdingKinds), value: Money })),
  /** The day of the last held review before the as-of day; the "since" of section 5. */
  lastReviewOn: IsoDay.nullable(),
  since: z.strictObject({
    interactions: z.array(z.strictObject({ ...Dated, kind: z.enum(interactionKinds), summary: z.string(), byName: z.string() })),
    requestsOpened: z.array(z.strictObject({ ...Dated, type: z.enum(requestTypes), summary: z.string(), status: z.enum(requestStatuses) })),
    requestsResolved: z.array(z.strictObject({ ...Dated, type: z.enum(requestTypes), summary: z.string() })),
    tasksCompleted: z.array(z.strictObject({ ...Dated, title: z.string(), byName: z.string() })),
  }),
  satisfaction: z.strictObject({
    /** Every response up to the as-of day, oldest first. */
    responses: z.array(z.strictObject({ ...Dated, nps: z.number().int().nullable(), csat: z.number().int().nullable() })),
    /** Null when the packet leaves the health score out. */
    health: HealthReport.nullable(),
  }),
  actionItems: z.array(
    z.strictObject({
      text: z.string(),
      ownerName: z.string(),
      dueOn: IsoDay.nullable(),
      source: z.enum(['task', 'decision']),
    }),
  ),
  nextReviewOn: IsoDay.nullable(),
});
export type PacketData = z.infer<typeof PacketData>;

/** A packet PDF as it was given to the client: kept under the data folder, never regenerated in place. */
export const IssuedPacket = z.strictObject({
  id: Id,
  clientId: Id,
  reviewId: Id.nullable(),
  asOf: IsoDay,
  generatedAt: IsoInstant,
  /** The computer account it was generated from. */
  generatedBy: z.string(),
  /** The team member chosen at that workstation, when one was. */
  generatedByMember: MemberRef.optional(),
  /** The file name offered when saving a copy: "YYYY-MM-DD Client name - Review packet.pdf". */
  fileName: z.string(),
  /** `packets/<client>/<id>.pdf`: the PDF's path under the data folder (a book on this computer), or its name in the office database. */
  path: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  paper: PaperSize,
  showHealth: z.boolean(),
  /** Where the audit trail ended when it was issued: kept here too, so the trail can be checked against it. */
  auditAnchor: z.strictObject({ n: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});
export type IssuedPacket = z.infer<typeof IssuedPacket>;

/** Generates a batch of packets into a folder. */
export const PacketBatchStart = z.strictObject({
  clientIds: z.array(Id).min(1, rule('chooseClient')).max(2000),
  asOf: IsoDay,
  showHealth: z.boolean().optional(),
  /** An absolute folder path; it is created when missing. Files in it are never overwritten. */
  folder: z.string().trim().min(1, rule('required')).max(1000),
  /** Also write one PDF holding every packet. */
  combined: z.boolean().default(false),
  /** The language the packets are printed in; left out: English. */
  language: InterfaceLanguage.optional(),
});
export type PacketBatchStart = z.input<typeof PacketBatchStart>;

export const PacketBatchStatus = z.strictObject({
  id: Id,
  state: z.enum(['running', 'done', 'cancelled']),
  total: z.number().int(),
  done: z.number().int(),
  folder: z.string(),
  /** Written so far, in order. */
  files: z.array(z.string()),
  combinedFile: z.string().nullable(),
  failures: z.array(z.strictObject({ clientId: Id, clientName: z.string(), message: z.string() })),
});
export type PacketBatchStatus = z.infer<typeof PacketBatchStatus>;
