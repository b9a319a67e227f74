import { afterEach, describe, expect, it } from 'vitest';
import { describeError } from '../../renderer/components/describe-error';
import { serverIssueMessage } from '../../renderer/components/form/issue-message';
import { i18next, setInterfaceLanguage } from '../../renderer/i18n';
import { createFormatters } from '../../renderer/i18n/format';
import { recurrenceProblem } from '../../shared/domain/recurrence';
import { AppError, fieldIssue } from '../../shared/errors';
import { ApiError } from '../../renderer/api';
import type { Recurrence } from '../../shared/model/work';

afterEach(() => setInterfaceLanguage('en'));

const weekly: Recurrence = { frequency: 'weekly', interval: 1, weekday: null, dayOfMonth: null, count: null, until: '2026-03-01' };

/** The backend's refusal of a repeat that ends before it starts (tasks.ts's, by checks.ts `invalid`), as the renderer receives it. */
function refusedRepeat(): ApiError {
  const problem = recurrenceProblem(weekly, '2026-03-02')!;
  const { code, message, issues, key, params } = new AppError('INVALID_INPUT', problem.sentence, [
    fieldIssue(problem.path, problem.issue),
  ]).toShape();
  return new ApiError(code, message, issues, key && { key, params: params ?? {} });
}

describe('serverIssueMessage', () => {
  it('words what the backend says is wrong with a field after its label, in English as the backend keeps it', () => {
    const error = refusedRepeat();
    expect(error.issues).toEqual([
      { path: 'recurrence.until', message: 'must not be before the first due date', key: 'issues.notBeforeFirstDue', params: {} },
    ]);
    expect(serverIssueMessage(error.issues[0]!, 'Repeat until', i18next.t, createFormatters('en-US'))).toBe(
      'Repeat until must not be before the first due date',
    );
    expect(describeError(error, i18next.t, createFormatters('en-US'))).toBe(
      'This repeat would never happen: its end date is before the first due date.',
    );
  });

  it('words the field and the whole refusal in Hindi for a Hindi reader', async () => {
    await setInterfaceLanguage('hi');
    const error = refusedRepeat();
    expect(serverIssueMessage(error.issues[0]!, 'अंतिम तारीख', i18next.t, createFormatters('en-US'))).toBe(
      'अंतिम तारीख पहली नियत तारीख से पहले का नहीं हो सकता',
    );
    expect(describeError(error, i18next.t, createFormatters('en-US'))).toBe(
      'यह दोहराव कभी नहीं होगा: इसकी अंतिम तारीख पहली नियत तारीख से पहले है।',
    );
  });

  it('keeps the English of an issue the backend gave without a key (a schema’s own check)', async () => {
    await setInterfaceLanguage('hi');
    expect(serverIssueMessage({ path: 'text', message: 'must be at most 64 MB' }, 'टेक्स्ट', i18next.t, createFormatters('en-US'))).toBe(
      'टेक्स्ट must be at most 64 MB',
    );
  });
});
