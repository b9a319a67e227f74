import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { packetWording, type WorkflowTemplate } from '../../../shared/model';
import { freshBackend, rpc, testCtx } from '../../fixtures/backend';

/** The list is sorted by name, which differs between languages. */
const inIdOrder = (templates: WorkflowTemplate[]) => [...templates].sort((a, b) => a.id.localeCompare(b.id));

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('starting an empty book in the firm’s locale', () => {
  it('keeps the locale and currency the first-run screen chose', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:startEmpty', { locale: 'en-IN', currency: 'INR' });
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-IN', currency: 'INR', dateOrder: 'locale' });
  });

  it('starts the packets’ agenda and disclosure in the language the book is set up in, English unless told', async () => {
    const hindi = await freshBackend(fixedNow);
    await rpc(hindi.backend, 'setup:startEmpty', { locale: 'hi-IN', currency: 'INR', language: 'hi' });
    const { packets } = await rpc(hindi.backend, 'settings:get', {});
    expect(packets).toMatchObject(packetWording.hi);
    expect(packets.disclosure).toMatch(/^\p{Script=Devanagari}/u);
    // A new review starts with the agenda the firm has.
    const member = await rpc(hindi.backend, 'team:create', { name: 'Priya Nair', role: 'adviser', email: 'priya@example.com' });
    const client = await rpc(hindi.backend, 'clients:create', { name: 'राजेश कुमार', tier: 'A', primaryManagerId: member.id });
    const review = await rpc(hindi.backend, 'reviews:schedule', { clientId: client.id, on: '2026-12-01' });
    expect(review.agenda).toEqual(packetWording.hi.agendaTemplate);

    const english = await freshBackend(fixedNow);
    await rpc(english.backend, 'setup:startEmpty', { locale: 'hi-IN', currency: 'INR' });
    expect((await rpc(english.backend, 'settings:get', {})).packets).toMatchObject(packetWording.en);
  });

  it('starts the workflow templates in the language the book is set up in, the same steps in the same order', async () => {
    const structure = (templates: WorkflowTemplate[]) =>
      inIdOrder(templates).map(({ id, active, steps }) => ({ id, active, steps: steps.map(({ title: _title, ...plan }) => plan) }));
    const english = await freshBackend(fixedNow);
    await rpc(english.backend, 'setup:startEmpty', {});
    const englishTemplates = await rpc(english.backend, 'workflows:templates', {});
    expect(Object.fromEntries(englishTemplates.map((t) => [t.id, t.name]))).toEqual({
      wf_onboarding: 'New client onboarding',
      wf_annual_review: 'Annual review preparation',
      wf_complaint: 'Complaint handling',
      wf_account_transfer: 'Account transfer',
    });

    const hindi = await freshBackend(fixedNow);
    await rpc(hindi.backend, 'setup:startEmpty', { locale: 'hi-IN', currency: 'INR', language: 'hi' });
    const hindiTemplates = await rpc(hindi.backend, 'workflows:templates', {});
    expect(structure(hindiTemplates)).toEqual(structure(englishTemplates));
    for (const template of hindiTemplates) {
      for (const text of [template.name, template.description, ...template.steps.map((s) => s.title)]) {
        expect(text).toMatch(/\p{Script=Devanagari}/u);
        // The regulator and its complaints portal keep their own names.
        expect(text.replace(/SEBI|SCORES/g, '')).not.toMatch(/\p{Script=Latin}/u);
      }
    }
    expect(hindiTemplates.find((t) => t.id === 'wf_complaint')!.description).toContain('नियामक की समय-सीमा के भीतर');
  });

  it('starts a firm set up in English with its own country’s complaint step: SEBI’s time in India, the firm’s procedure and SEC and FINRA records in the US', async () => {
    const templatesOf = async (input: { locale: string; currency: string }) => {
      const { backend } = await freshBackend(fixedNow);
      await rpc(backend, 'setup:startEmpty', input);
      return rpc(backend, 'workflows:templates', {});
    };
    const complaintOf = (templates: WorkflowTemplate[]) => templates.find((t) => t.id === 'wf_complaint')!.description;
    const indian = complaintOf(await templatesOf({ locale: 'en-IN', currency: 'INR' }));
    expect(indian).toContain('21 days for a complaint on SEBI’s SCORES');
    expect(indian).not.toMatch(/UK|eight weeks/);

    const us = await templatesOf({ locale: 'en-US', currency: 'USD' });
    expect(complaintOf(us)).toMatch(/the firm’s written complaint procedure.*SEC and FINRA/);
    const usWords = us.flatMap((t) => [t.name, t.description, ...t.steps.map((s) => s.title)]).join('\n');
    // The UK's regulator, its ombudsman's referral rights and its advisers' terms.
    expect(usWords).not.toMatch(
      /UK|FCA|ombudsman|referral rights|eight weeks|fact-find|suitability letter|capacity for loss|ceding|welcome pack\b|£/,
    );
    expect(usWords).not.toMatch(/organis|colour|favour|behaviour|recognis|authoris|summaris|prioritis/i);
    // Steps and their order are the same whichever words a firm reads.
    const uk = await templatesOf({ locale: 'en-GB', currency: 'GBP' });
    expect(complaintOf(uk)).toContain('eight weeks in the UK');
    const plans = (templates: WorkflowTemplate[]) => inIdOrder(templates).map((t) => t.steps.map(({ title: _title, ...plan }) => plan));
    expect(plans(us)).toEqual(plans(uk));
  });

  it('keeps a template someone edited before the book was set up in Hindi', async () => {
    const { backend } = await freshBackend(fixedNow);
    const { id, description, steps } = (await rpc(backend, 'workflows:templates', {})).find((t) => t.id === 'wf_onboarding')!;
    await rpc(backend, 'workflows:saveTemplate', { id, name: 'Onboarding (our way)', description, steps });
    await rpc(backend, 'setup:startEmpty', { language: 'hi' });
    const names = Object.fromEntries((await rpc(backend, 'workflows:templates', {})).map((t) => [t.id, t.name]));
    expect(names).toEqual({
      wf_onboarding: 'Onboarding (our way)',
      wf_annual_review: 'वार्षिक रिव्यू की तैयारी',
      wf_complaint: 'शिकायत का निपटारा',
      wf_account_transfer: 'अकाउंट ट्रांसफ़र',
    });
  });

  it('refuses a locale or currency this computer does not know, and starts nothing', async () => {
    const { backend } = await freshBackend(fixedNow);
    const refusal = async (input: object) => {
      const result = await dispatch(backend.handlers, 'setup:startEmpty', input, testCtx);
      return result.ok ? 'accepted' : { code: result.error.code, fields: result.error.issues?.map((issue) => issue.path) };
    };
    expect(await refusal({ locale: 'en_IN' })).toEqual({ code: 'INVALID_INPUT', fields: ['locale'] });
    expect(await refusal({ currency: 'XQQ' })).toEqual({ code: 'INVALID_INPUT', fields: ['currency'] });
    expect(await refusal({ language: 'fr' })).toEqual({ code: 'INVALID_INPUT', fields: ['language'] });
    expect((await rpc(backend, 'app:status', {})).mode).toBe('needs-setup');
    await rpc(backend, 'setup:startEmpty', {});
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-US', currency: 'USD' });
  });
});
