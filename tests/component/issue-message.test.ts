import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueMessage } from '../../renderer/components/form/issue-message';
import { i18next, setInterfaceLanguage } from '../../renderer/i18n';
import { TimeOfDay } from '../../shared/model/work';

afterEach(() => setInterfaceLanguage('en'));

/** The one issue the shared schema finds in `value`. */
function issueOf(schema: z.ZodType, value: unknown): z.core.$ZodIssue {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${String(value)} passed`);
  return result.error.issues[0]!;
}

describe('issueMessage', () => {
  it('says a schema’s own rule after the label, in English', () => {
    expect(issueMessage(issueOf(TimeOfDay, '9.30'), 'Due time', i18next.t)).toBe('Due time must be a time like 09:30.');
  });

  it('says it in Hindi for a Hindi reader, from the rule’s key rather than its English words', async () => {
    await setInterfaceLanguage('hi');
    expect(issueMessage(issueOf(TimeOfDay, '9.30'), 'नियत समय', i18next.t)).toBe('नियत समय: 09:30 जैसा समय होना चाहिए।');
  });

  it('keeps the words of a rule the catalogue does not know', async () => {
    await setInterfaceLanguage('hi');
    const custom = z.string().refine(() => false, 'must be unusual');
    expect(issueMessage(issueOf(custom, 'x'), 'नाम', i18next.t)).toBe('नाम must be unusual.');
  });
});
