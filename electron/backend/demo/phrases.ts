import type { Interaction, RequestType, Task } from '../../../shared/model';

/**
 * What people write in a CRM. `{name}` is a household member's first name, `{manager}` a staff
 * member's first name, `{year}` the calendar year of the record.
 */
export interface Slots {
  name: string;
  manager: string;
  year: number;
}

/** Fills the slots of a phrase; most phrases have none, and those are returned as they are (shared). */
export function fill(phrase: string, slots: Slots): string {
  if (!phrase.includes('{')) return phrase;
  return phrase.replaceAll('{name}', slots.name).replaceAll('{manager}', slots.manager).replaceAll('{year}', String(slots.year));
}

type InteractionKind = Interaction['kind'];

/** Tasks that belong to the firm rather than to one client. */
export type FirmTaskCategory = 'compliance' | 'admin';

/** What a client asks of the firm, how colleagues pass it on, and how a complaint was put right. */
export interface RequestPhrases {
  readonly descriptions: Readonly<Record<RequestType, readonly string[]>>;
  readonly handOffNotes: readonly string[];
  readonly complaintResolutions: readonly string[];
}

/**
 * Everything a region's firm writes itself: about its clients day to day, at their reviews, in
 * their requests, and the tasks it sets itself for them and for the firm.
 */
export interface Phrasebook {
  readonly clientContact: Readonly<Record<InteractionKind, readonly string[]>>;
  /** Business owners talk about their company and its plans rather than family matters; other kinds as clients. */
  readonly businessContact: Readonly<Partial<Record<InteractionKind, readonly string[]>>>;
  /** Prospects do not complain; they simply go elsewhere. */
  readonly prospectContact: Readonly<Record<Exclude<InteractionKind, 'complaint'>, readonly string[]>>;
  readonly reviewMeetings: readonly string[];
  readonly reviewCalls: readonly string[];
  /** What a manager notes down after a review meeting. */
  readonly reviewNotes: readonly string[];
  /** Decisions taken at a review: what someone at the firm, or the client, will do next. */
  readonly reviewDecisions: readonly string[];
  readonly onboardingMeeting: string;
  readonly taskTitles: Readonly<Record<TaskCategory, readonly string[]>>;
  readonly firmTaskTitles: Readonly<Record<FirmTaskCategory, readonly string[]>>;
  readonly taskNotes: readonly string[];
  readonly requests: RequestPhrases;
}

const clientContact: Record<InteractionKind, readonly string[]> = {
  call: [
    'Check-in call; no changes to goals or risk profile.',
    'Called about the market dip; talked through the long-term plan, no trades needed.',
    'Confirmed the amount and date of the next distribution.',
    "Discussed {name}'s retirement timeline; will revisit at the next review.",
    'Returned call about a missing tax form; re-sent the 1099 through the portal.',
    'Verified new bank details for the monthly withdrawal by calling back the number on file.',
    'Talked through a Roth conversion for {year}; will model it before deciding.',
    'Quick call to schedule the next review.',
    'Planning a withdrawal from cash reserves for a home renovation; confirmed the amount.',
    'Questions about Medicare enrollment; sent a checklist afterwards.',
    'New family member: {name} wants to update beneficiaries; forms to follow.',
    'Left a voicemail about the {year} required minimum distribution.',
    'Discussed the proposed rebalance; client approved.',
    'Called to ask about the rise in bond yields; explained the effect on the income portfolio.',
  ],
  meeting: [
    'Planning meeting on college funding options.',
    'Reviewed insurance coverage; the term policy is adequate, no changes.',
    'Estate planning discussion; referred to the estate attorney to update the will.',
    'Year-end tax planning; harvesting losses in the taxable account.',
    'Met {name} to walk through the updated retirement projection.',
    'Video meeting on the cash-flow plan for the coming year.',
    'Discussed selling the rental property and the tax on the gain.',
    'Met with {name} and their CPA to coordinate {year} estimated tax payments.',
  ],
  email: [
    'Sent the quarterly performance report.',
    'Sent meeting notes and action items.',
    'Sent beneficiary designation forms for e-signature.',
    "Confirmed receipt of last year's tax return.",
    'Shared a short note on the {year} contribution limits.',
    'Sent the updated fee schedule and advisory agreement addendum.',
    'Answered a question about a dividend on the statement.',
    'Sent the review agenda and asked for recent pay stubs.',
    'Confirmed the custodian received the wire.',
    'Sent the cost-basis report requested by their accountant.',
  ],
  message: [
    'Portal message: asked when the RMD will be paid.',
    'Portal message: uploaded the new home insurance declarations page.',
    'Text: running ten minutes late to the meeting.',
    'Portal message: asked us to update the mailing address.',
    'Portal message: requested a copy of the latest statement.',
    'Portal message: {name} asked whether to max out the 401(k) this year.',
  ],
  note: [
    '{name} asked how working part-time for a year would affect the plan.',
    'Wants to help a family member with college costs; consider 529 contributions.',
    'Prefers morning calls.',
    'Expects an inheritance later this year; plan how to invest it when it arrives.',
    'Asked us not to call during tax season; email instead.',
    'Risk questionnaire updated; still moderate.',
    'Considering selling the rental property; wants a tax estimate first.',
    '{name} started a new job; old 401(k) could be rolled over.',
  ],
  complaint: [
    'Complained about the delay processing a withdrawal; apologized and escalated to operations.',
    'Unhappy with the fee change notice; explained it and offered a call with the adviser.',
    'Frustrated at having to send documents twice; reviewed our intake steps.',
    'Upset about performance compared with the S&P 500; scheduled a review to discuss.',
    'Calls were not returned for a week; apologized and set up a monthly check-in.',
    'Statement went to the old address; corrected it and confirmed in writing.',
  ],
};

/** Business owners talk about their company plan and the business rather than family matters. */
const businessContact: Partial<Record<InteractionKind, readonly string[]>> = {
  call: [
    'Discussed the timing of 401(k) contribution deposits with {name}.',
    'Payroll provider is changing; confirmed plan contributions will continue.',
    'Asked about adding a profit-sharing contribution for {year}.',
    "Answered employees' questions about the plan's fund lineup.",
    'Check-in call; no changes to the plan.',
    'Quick call to schedule the next plan review.',
    'Discussed rebalancing the corporate reserve account; approved.',
  ],
  meeting: [
    'Annual plan review: fund lineup, fees and participation rates.',
    'Employee enrollment meeting at their office.',
    'Succession planning discussion with {name}.',
  ],
  email: ["Sent the plan's annual fee disclosure.", "Sent the plan's quarterly investment report."],
  note: ['Hiring two employees next quarter; check plan eligibility.', '{name} is considering selling the business within five years.'],
};

/** Contact before someone becomes a client. Prospects do not complain; they simply go elsewhere. */
const prospectContact: Record<Exclude<InteractionKind, 'complaint'>, readonly string[]> = {
  call: [
    'Introductory call; referred by a current client.',
    'Introductory call; referred by their CPA.',
    'Follow-up call to answer questions about our fees.',
  ],
  meeting: ['Discovery meeting: goals, current accounts and risk tolerance.', 'Presented the proposal and fee schedule.'],
  email: [
    'Sent the welcome packet and data-gathering questionnaire.',
    'Sent the proposal and advisory agreement to review.',
    'Asked for recent statements from their current provider.',
  ],
  message: ['Portal message: uploaded statements from their current provider.'],
  note: [
    'Comparing us with two other firms; decision expected this month.',
    'Waiting for statements from their current provider.',
    'Came to our retirement income seminar.',
  ],
};

const reviewMeetings: readonly string[] = [
  'Annual review: allocation and goals reviewed; no change to risk profile.',
  'Annual review: updated retirement projection; increased the savings rate.',
  'Review meeting: rebalanced to target and discussed estate documents.',
  'Review meeting: confirmed income needs for next year and set up monthly distributions.',
  'Annual review with {name}: beneficiaries updated, insurance checked.',
];
const reviewCalls: readonly string[] = [
  'Annual review call: plan on track, no changes.',
  'Review call: confirmed contact details and risk profile; no changes.',
];
const reviewNotes: readonly string[] = [
  'Went through the portfolio and fees; {name} is comfortable with the current risk level.',
  'Reviewed progress against the retirement goal; on track, no change to contributions.',
  '{name} asked about drawing income earlier; ran two scenarios and agreed to revisit next time.',
  'Discussed recent market moves; no trades needed. Confirmed contact details.',
  'Checked beneficiaries and insurance cover; one form to update.',
  'Short meeting: nothing has changed at home or at work. Plan stays as it is.',
  'Talked through the college savings plan and the tax position for {year}.',
  'Agreed to rebalance back to target after the equity rally.',
];

const reviewDecisions: readonly string[] = [
  'Rebalance the portfolio back to the target allocation',
  'Send updated beneficiary forms for signature',
  'Increase the monthly contribution from next quarter',
  'Prepare a retirement income projection for the next review',
  'Review the insurance cover and report back',
  'Move the cash surplus into the short-term bond fund',
  'Confirm the required minimum distribution for the year',
  'Collect the latest tax return to check the plan assumptions',
];

const onboardingMeeting = 'Onboarding meeting: signed the advisory agreement and account applications.';
type TaskCategory = Task['category'];

const taskTitles: Record<TaskCategory, readonly string[]> = {
  follow_up: [
    'Call back about beneficiary question',
    'Follow up on Roth conversion discussion',
    'Send meeting notes and action items',
    'Check in after the market drop',
    'Confirm the client received the new portal login',
    'Follow up on insurance quote',
  ],
  service_request: [
    'Process address change',
    'Set up monthly distribution',
    'Process IRA contribution',
    'Update bank details for distributions (verify by phone)',
    'Order replacement statements',
    'Process {year} RMD',
    'Transfer cash to checking account',
  ],
  review_preparation: [
    'Prepare annual review pack',
    'Update retirement projection',
    'Pull performance report for review',
    'Update net worth statement',
    'Draft review agenda',
  ],
  onboarding: [
    'Open accounts at custodian',
    'Collect ID and signed advisory agreement',
    'Transfer assets from prior firm (ACAT)',
    'Complete risk tolerance questionnaire',
    'Set up client portal access',
  ],
  compliance: [
    'Deliver annual Form ADV Part 2',
    'Refresh KYC documents',
    'Update suitability profile',
    'Document best-interest rationale for rollover',
    'Review beneficiary designations',
  ],
  admin: ['Scan and file signed forms', 'Update household details', 'Send birthday card', 'Archive closed account paperwork'],
};

const firmTaskTitles: Record<FirmTaskCategory, readonly string[]> = {
  compliance: ['Quarterly trade review', 'Annual compliance attestation', 'Review custodian billing file', 'Renew E&O insurance'],
  admin: ['Update fee schedule document', 'Test backup restore', 'Prepare team meeting agenda'],
};

const taskNotes: readonly string[] = [
  'Client prefers e-signature.',
  'Waiting on the custodian form.',
  'See the meeting notes.',
  'Needs manager approval before sending.',
  'Both spouses must sign.',
  'Send by secure email only.',
];

export const surveyComments = {
  promoter: [
    'Always responsive and clear.',
    '{manager} explains things in plain English.',
    'We feel well looked after.',
    'The annual review was really helpful.',
    'Great communication during the market swings.',
    'Very happy with the service.',
    'Quick to sort out our paperwork.',
  ],
  passive: [
    'Good service, but the fees are on the high side.',
    'Fine overall; replies could be quicker.',
    'Would like more contact between reviews.',
    'The reports are hard to read.',
    'Happy enough.',
  ],
  detractor: [
    'It took weeks to process a simple withdrawal.',
    'Calls are not returned promptly.',
    'Performance has been disappointing.',
    'Too much paperwork.',
    'We feel like a number, not a client.',
    'Fees are too high for what we get.',
  ],
} as const;

const requestDescriptions: Record<RequestType, readonly string[]> = {
  contact_change: [
    '{name} has moved; new address to update on every account.',
    'New mobile number for {name}; update the file and the custodian.',
    'Change of email address for statements and the portal.',
  ],
  money_movement: [
    'Withdraw $15,000 from the joint account to the checking account on file.',
    'Set up a monthly transfer of $2,000 into the brokerage account.',
    'Move the required minimum distribution to the bank account on file.',
    'One-off contribution to the ISA before the tax year ends.',
  ],
  document_request: [
    'Needs the year-end tax forms re-sent; cannot find them in the portal.',
    'Asked for a copy of the advisory agreement and fee schedule.',
    'Mortgage lender wants a statement of assets on letterhead.',
  ],
  account_opening: ["Open a custodial account for {name}'s grandchild.", 'Open a Roth IRA and fund it from the brokerage account.'],
  account_closing: [
    'Close the old savings account and move the balance to the main account.',
    'Close the trading account opened in error.',
  ],
  technical_help: ['Locked out of the client portal after a password reset.', 'Two-step verification codes are not arriving.'],
  complaint: [
    'Unhappy that the withdrawal took a week to arrive; wants to know why.',
    'Fees on the last statement were higher than agreed.',
    'Says calls were not returned for two weeks while markets fell.',
  ],
  other: ['Wants to add a trusted contact to the file.', 'Question about how the fee is worked out.'],
};
const requestHandOffNotes = [
  'Please process this; the client has confirmed the details by phone.',
  'Over to you to finish the paperwork with the custodian.',
  'Needs a second pair of eyes before it goes out.',
  'I am out next week; please see this through.',
];
const complaintResolutions = [
  'Apologised in writing, explained the delay at the custodian and refunded the late-payment charge.',
  'Reviewed the fee calculation with the client; the billing error was corrected and the difference credited.',
  'Called the client, agreed a named backup contact for when the manager is away; client satisfied.',
];

export const usPhrases: Phrasebook = {
  clientContact,
  businessContact,
  prospectContact,
  reviewMeetings,
  reviewCalls,
  reviewNotes,
  reviewDecisions,
  onboardingMeeting,
  taskTitles,
  firmTaskTitles,
  taskNotes,
  requests: { descriptions: requestDescriptions, handOffNotes: requestHandOffNotes, complaintResolutions },
};
