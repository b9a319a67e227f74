import { isDeepStrictEqual } from 'node:util';
import type { InterfaceLanguage, StepAssignee, TaskCategory, WorkflowStep, WorkflowTemplate } from '../../../shared/model';

const manager: StepAssignee = { kind: 'manager' };
const operations: StepAssignee = { kind: 'role', role: 'operations' };
const paraplanner: StepAssignee = { kind: 'role', role: 'paraplanner' };
const adviser: StepAssignee = { kind: 'role', role: 'adviser' };
const support: StepAssignee = { kind: 'role', role: 'support' };

type StepPlan = Omit<WorkflowStep, 'title'>;

function step(category: TaskCategory, assignee: StepAssignee, days: number, afterStep: number | null = null): StepPlan {
  return { category, assignee, days, afterStep };
}

/** Who does each step and when, the same in every language; the words are in `wording`. */
const plans = {
  wf_onboarding: [
    step('onboarding', manager, 0),
    step('compliance', operations, 2),
    step('onboarding', manager, 5),
    step('onboarding', operations, 3, 2),
    step('review_preparation', paraplanner, 10, 3),
    step('follow_up', manager, 5, 5),
    step('admin', support, 2, 4),
    step('follow_up', manager, 90),
  ],
  wf_annual_review: [
    step('follow_up', support, 0),
    step('admin', support, 2),
    step('review_preparation', paraplanner, 7),
    step('compliance', adviser, 3, 3),
    step('review_preparation', paraplanner, 4, 3),
    step('follow_up', manager, 21),
    step('compliance', manager, 3, 6),
    step('service_request', operations, 5, 6),
  ],
  wf_complaint: [
    step('service_request', manager, 1),
    step('compliance', operations, 1),
    step('compliance', adviser, 10),
    step('compliance', manager, 7, 3),
    step('compliance', adviser, 2, 4),
    step('compliance', manager, 2, 5),
    step('compliance', operations, 5, 6),
  ],
  wf_account_transfer: [
    step('service_request', manager, 0),
    step('service_request', operations, 2),
    step('compliance', adviser, 2, 2),
    step('service_request', operations, 1, 3),
    step('follow_up', operations, 10, 4),
    step('service_request', operations, 5, 5),
    step('follow_up', manager, 1, 6),
  ],
} as const;

type TemplateId = keyof typeof plans;

/** One title for each planned step: a mapped tuple, so the type holds the two lists to the same length. */
type StepTitles<Plans extends readonly StepPlan[]> = { readonly [Step in keyof Plans]: string };

type TemplateWording = { [Id in TemplateId]: { name: string; description: string; steps: StepTitles<(typeof plans)[Id]> } };

const english: TemplateWording = {
  wf_onboarding: {
    name: 'New client onboarding',
    description: 'From signed engagement to the first plan and the 90-day check-in.',
    steps: [
      'Send welcome pack and engagement letter',
      'Verify identity and run anti-money-laundering checks',
      'Complete fact-find and risk profile questionnaire',
      'Open accounts and send transfer paperwork',
      'Prepare the initial financial plan',
      'Present the plan and agree the investment strategy',
      'Set up client portal access',
      '90-day check-in call',
    ],
  },
  wf_annual_review: {
    name: 'Annual review preparation',
    description: 'Everything the adviser needs before, in and after the yearly review meeting.',
    steps: [
      'Send the pre-review questionnaire',
      'Book the review meeting',
      'Pull valuations, performance and fee statements',
      'Check suitability, risk profile and capacity for loss',
      'Prepare the review pack',
      'Hold the review meeting',
      'Send meeting notes and the suitability letter',
      'Process agreed changes',
    ],
  },
  wf_complaint: {
    name: 'Complaint handling',
    description: 'Acknowledge, investigate and answer in writing, well within the regulator’s deadline (eight weeks in the UK).',
    steps: [
      'Acknowledge the complaint in writing',
      'Record the complaint in the complaints register',
      'Investigate: gather call notes, letters and transaction records',
      'Draft the final response',
      'Senior review of the final response',
      'Send the final response, with referral rights',
      'Close in the register and record the root cause',
    ],
  },
  wf_account_transfer: {
    name: 'Account transfer',
    description: 'Moving an account from another provider, from signed authority to invested funds.',
    steps: [
      'Confirm the transfer details and get the signed authority',
      'Request the transfer value and check exit charges',
      'Write the suitability note for the transfer',
      'Submit transfer forms to the ceding provider',
      'Chase the ceding provider',
      'Confirm receipt and invest the funds',
      'Confirm completion with the client',
    ],
  },
};

/**
 * Who the words are for: an interface language, or English as an Indian firm writes it (the Indian
 * demo firm), which answers complaints in SEBI's time rather than the UK's, or as a US office does.
 */
export type WorkflowWording = InterfaceLanguage | 'en-IN' | 'en-US';

const wording: Record<WorkflowWording, TemplateWording> = {
  en: english,
  // A US office's words: an advisory agreement and a risk tolerance questionnaire, complaints by the
  // firm's written procedure and the SEC's and FINRA's record-keeping, transfers through ACATS.
  'en-US': {
    wf_onboarding: {
      name: 'New client onboarding',
      description: 'From signed advisory agreement to the first plan and the 90-day check-in.',
      steps: [
        'Send the welcome packet and advisory agreement',
        'Verify identity and run anti-money-laundering checks',
        'Complete the client profile and risk tolerance questionnaire',
        'Open accounts and send transfer paperwork',
        'Prepare the initial financial plan',
        'Present the plan and agree on the investment strategy',
        'Set up client portal access',
        '90-day check-in call',
      ],
    },
    wf_annual_review: {
      name: 'Annual review preparation',
      description: 'Everything the adviser needs before, in and after the yearly review meeting.',
      steps: [
        'Send the pre-review questionnaire',
        'Schedule the review meeting',
        'Pull account values, performance and fee statements',
        'Check suitability, risk tolerance and investment objectives',
        'Prepare the review packet',
        'Hold the review meeting',
        'Send meeting notes and a summary of recommendations',
        'Process agreed changes',
      ],
    },
    wf_complaint: {
      name: 'Complaint handling',
      description:
        'Acknowledge, investigate and answer in writing as the firm’s written complaint procedure sets out, and keep the records SEC and FINRA rules require.',
      steps: [
        'Acknowledge the complaint in writing',
        'Record the complaint in the complaint log',
        'Investigate: gather call notes, letters and transaction records',
        'Draft the written response',
        'Supervisory review of the response',
        'Send the written response to the client',
        'Close in the complaint log and record the root cause',
      ],
    },
    wf_account_transfer: {
      name: 'Account transfer',
      description: 'Moving an account from another firm, from signed transfer form to invested funds.',
      steps: [
        'Confirm the transfer details and get the signed transfer form',
        'Request the account value and check surrender charges',
        'Document why the transfer is in the client’s best interest',
        'Submit the transfer request to the delivering firm',
        'Follow up with the delivering firm',
        'Confirm receipt and invest the funds',
        'Confirm completion with the client',
      ],
    },
  },
  'en-IN': {
    ...english,
    wf_complaint: {
      ...english.wf_complaint,
      description:
        'Acknowledge, investigate and answer in writing, within the regulator’s timeline (21 days for a complaint on SEBI’s SCORES).',
    },
  },
  // Written for an Indian firm: KYC for the identity checks, exit loads for exit charges, and SEBI's
  // SCORES timeline for complaints instead of the UK's eight weeks.
  hi: {
    wf_onboarding: {
      name: 'नए क्लाइंट की ऑनबोर्डिंग',
      description: 'सलाह अनुबंध पर हस्ताक्षर से लेकर पहले फ़ाइनेंशियल प्लान और 90 दिन बाद की बातचीत तक।',
      steps: [
        'वेलकम पैक और सलाह अनुबंध भेजें',
        'पहचान सत्यापित करें और केवाईसी व एंटी-मनी लॉन्ड्रिंग जाँच करें',
        'क्लाइंट की वित्तीय जानकारी और जोखिम प्रोफ़ाइल प्रश्नावली भरवाएँ',
        'अकाउंट खोलें और ट्रांसफ़र के काग़ज़ात भेजें',
        'शुरुआती फ़ाइनेंशियल प्लान तैयार करें',
        'प्लान प्रस्तुत करें और निवेश की रणनीति तय करें',
        'क्लाइंट पोर्टल का एक्सेस सेट करें',
        '90 दिन बाद फ़ॉलो-अप कॉल करें',
      ],
    },
    wf_annual_review: {
      name: 'वार्षिक रिव्यू की तैयारी',
      description: 'सालाना रिव्यू मीटिंग से पहले, मीटिंग में और उसके बाद सलाहकार को जो कुछ चाहिए।',
      steps: [
        'रिव्यू से पहले की प्रश्नावली भेजें',
        'रिव्यू मीटिंग तय करें',
        'मूल्यांकन, प्रदर्शन और शुल्क के स्टेटमेंट निकालें',
        'उपयुक्तता, जोखिम प्रोफ़ाइल और नुकसान सहने की क्षमता जाँचें',
        'रिव्यू पैकेट तैयार करें',
        'रिव्यू मीटिंग करें',
        'मीटिंग के नोट्स और उपयुक्तता पत्र भेजें',
        'तय किए गए बदलाव लागू करें',
      ],
    },
    wf_complaint: {
      name: 'शिकायत का निपटारा',
      description: 'शिकायत की लिखित पावती दें, जाँच करें और नियामक की समय-सीमा के भीतर लिखित जवाब दें (SEBI के SCORES पर आई शिकायत के लिए 21 दिन)।',
      steps: [
        'शिकायत की लिखित पावती भेजें',
        'शिकायत रजिस्टर में शिकायत दर्ज करें',
        'जाँच करें: कॉल नोट्स, पत्र और लेन-देन के रिकॉर्ड जुटाएँ',
        'अंतिम जवाब का मसौदा तैयार करें',
        'किसी वरिष्ठ सहकर्मी से अंतिम जवाब की जाँच करवाएँ',
        'अंतिम जवाब भेजें, और बताएँ कि संतुष्ट न होने पर क्लाइंट शिकायत आगे कहाँ ले जा सकते हैं',
        'रजिस्टर में शिकायत बंद करें और उसका मूल कारण दर्ज करें',
      ],
    },
    wf_account_transfer: {
      name: 'अकाउंट ट्रांसफ़र',
      description: 'किसी दूसरे प्रदाता से अकाउंट लाना, हस्ताक्षरित अनुमति से लेकर राशि के निवेश तक।',
      steps: [
        'ट्रांसफ़र का विवरण पक्का करें और हस्ताक्षरित अनुमति लें',
        'ट्रांसफ़र की राशि पता करें और एग्ज़िट लोड व अन्य शुल्क जाँचें',
        'ट्रांसफ़र की उपयुक्तता पर नोट लिखें',
        'पुराने प्रदाता को ट्रांसफ़र फ़ॉर्म जमा करें',
        'पुराने प्रदाता से फ़ॉलो-अप करें',
        'राशि मिलने की पुष्टि करें और उसका निवेश करें',
        'क्लाइंट को बताएँ कि ट्रांसफ़र पूरा हो गया है',
      ],
    },
  },
};

/**
 * The templates every book starts with, in the language of whoever sets the book up (English for a
 * small US or UK firm, Hindi for an Indian one; the Indian demo firm's in Indian English). Their ids are fixed so a new book and migration 0003
 * (which keeps its own English copy of them) add the same four, and adding them twice changes nothing.
 */
export function defaultWorkflowTemplates(at: string, language: WorkflowWording = 'en'): WorkflowTemplate[] {
  return (Object.keys(plans) as TemplateId[]).map((id) => {
    const words = wording[language][id];
    return {
      id,
      name: words.name,
      description: words.description,
      steps: plans[id].map((plan, index) => ({ title: words.steps[index]!, ...plan })),
      active: true,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** Whether a template is still one of the defaults exactly as written in `language`: nobody has edited it. */
export function isUneditedDefault(template: WorkflowTemplate, language: WorkflowWording): boolean {
  const written = defaultWorkflowTemplates(template.createdAt, language).find((candidate) => candidate.id === template.id);
  return written !== undefined && isDeepStrictEqual({ ...template, updatedAt: template.createdAt }, written);
}
