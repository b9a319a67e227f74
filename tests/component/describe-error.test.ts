import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { describeError, describeReason } from '../../renderer/components/describe-error';
import { i18next, setInterfaceLanguage } from '../../renderer/i18n';
import { createFormatters } from '../../renderer/i18n/format';
import { dispatch, type Channel } from '../../shared/contract';
import { AppError, type AppErrorShape } from '../../shared/errors';
import { englishOf, message } from '../../shared/messages';

afterEach(() => setInterfaceLanguage('en'));

const usFirm = createFormatters({ locale: 'en-US', timeZone: 'America/New_York' });

/** A backend error's IPC shape as the renderer receives it, through ApiError as client.ts builds it. */
function fromShape({ code, message: english, issues, key, params }: AppErrorShape): ApiError {
  return new ApiError(code, english, issues, key && { key, params: params ?? {} });
}

const received = (error: AppError) => fromShape(error.toShape());

/** The refusal dispatch gives `input` on `channel`, as the renderer receives it; the handler is never reached. */
async function refusedInput(channel: Channel, input: object): Promise<ApiError> {
  const handlers = { [channel]: () => Promise.reject(new Error('the input should have been refused')) };
  const result = await dispatch(handlers, channel, input, { actor: 'tester' });
  return result.ok ? expect.fail('expected a refusal') : fromShape(result.error);
}

describe('describeError', () => {
  const wrongPassword = new AppError(
    'FORBIDDEN',
    message('signIn.wrongThenWait', {
      wrong: message('signIn.wrongPasswordOf', { name: 'Priya Nair' }),
      tries: 5,
      wait: message('signIn.minutes', { count: 2 }),
    }),
  );

  it('words a backend message in English from its key, the same sentence the backend keeps', () => {
    const english = "That is not Priya Nair's password. After 5 wrong passwords in a row, Clientbook waits 2 minutes before the next try.";
    expect(wrongPassword.message).toBe(english);
    expect(describeError(received(wrongPassword), i18next.t, usFirm)).toBe(english);
  });

  it('words it in Hindi for a Hindi reader, the parts that are messages themselves included', async () => {
    await setInterfaceLanguage('hi');
    expect(describeError(received(wrongPassword), i18next.t, usFirm)).toBe(
      'यह Priya Nair का पासवर्ड नहीं है। लगातार 5 गलत पासवर्ड के बाद Clientbook अगली कोशिश से पहले 2 मिनट रुकता है।',
    );
  });

  it('names an import’s refused field by the mapping screen’s label, in Hindi for a Hindi reader', async () => {
    const refused = received(
      new AppError(
        'INVALID_INPUT',
        message('refused.columnNotOfKind', { header: 'Adviser', field: message('importFields.contactsAccounts.manager') }),
      ),
    );
    expect(describeError(refused, i18next.t, usFirm)).toBe(
      'Column “Adviser” cannot be imported as “Account manager” in this kind of file. Choose another field or leave it out.',
    );
    await setInterfaceLanguage('hi');
    expect(describeError(refused, i18next.t, usFirm)).toBe(
      'कॉलम “Adviser” को इस तरह की फ़ाइल में “अकाउंट मैनेजर” के रूप में इंपोर्ट नहीं किया जा सकता। कोई दूसरी फ़ील्ड चुनें या इसे छोड़ दें।',
    );
  });

  it('shows the English sentence of an error the backend gave without a key', async () => {
    await setInterfaceLanguage('hi');
    expect(describeError(new ApiError('CONFLICT', 'Words from elsewhere.'), i18next.t, usFirm)).toBe('Words from elsewhere.');
  });

  it('words an imported row’s reason by its key, the kind of word it expected included', async () => {
    const why = message('importRows.unknownWord', { label: 'Tier', value: 'Gold+', what: message('importRows.kinds.tier') });
    const row = { message: englishOf(why), key: why.key, params: why.params };
    expect(describeReason(row, i18next.t, usFirm)).toBe('Tier “Gold+” is not a known tier.');
    await setInterfaceLanguage('hi');
    expect(describeReason(row, i18next.t, usFirm)).toBe('Tier “Gold+” कोई ज्ञात श्रेणी नहीं है।');
    expect(describeReason({ message: 'Words from elsewhere.' }, i18next.t, usFirm)).toBe('Words from elsewhere.');
  });

  it('writes a time or day the backend gives the firm’s way and in its time zone, not as the backend’s English wrote it', async () => {
    const at = { instant: '2026-03-31T04:00:00.000Z', english: 'Mar 31, 2026, 12:00 AM' };
    const conflict = received(
      new AppError('CONFLICT', message('conflict.changedAt', { who: 'Ben Ortiz', what: message('conflict.thisHousehold'), at })),
    );
    const kolkata = createFormatters({ locale: 'en-IN', timeZone: 'Asia/Kolkata' });
    expect(kolkata.dateTime(at.instant)).toMatch(/^31 Mar 2026, 9:30\sam$/i);
    expect(describeError(conflict, i18next.t, kolkata)).toBe(
      `Ben Ortiz changed this household at ${kolkata.dateTime(at.instant)}, after you opened it, so your changes were not saved. Reload it to see theirs, then make yours again.`,
    );
    await setInterfaceLanguage('hi');
    const scheduled = received(
      new AppError(
        'CONFLICT',
        message('reviews.alreadyScheduled', { name: 'Priya Nair', on: { day: '2026-04-02', english: 'Apr 2, 2026' } }),
      ),
    );
    const hindi = createFormatters({ locale: 'hi-IN', timeZone: 'Asia/Kolkata' });
    expect(describeError(scheduled, i18next.t, hindi)).toContain(hindi.day('2026-04-02'));
    expect(describeError(scheduled, i18next.t, hindi)).not.toContain('Apr');
  });

  it('lists the details of refused input in the reader’s language, each by its field’s name and its rule’s key', async () => {
    const refused = await refusedInput('team:create', { name: 'Ann Lee', role: 'adviser', email: 'ann.example.com' });
    // The log keeps the field's id.
    expect(refused.message).toBe('Some of the details are not valid: email must be an email address like name@example.com.');
    expect(describeError(refused, i18next.t, usFirm)).toBe(
      'Some of the details are not valid: Email must be an email address like name@example.com.',
    );
    await setInterfaceLanguage('hi');
    expect(describeError(refused, i18next.t, usFirm)).toBe('कुछ जानकारी सही नहीं है: ईमेल name@example.com जैसा ईमेल पता होना चाहिए।');
  });

  it('names a refused household’s fields as its form labels them, a nested one by its last named part, and no Latin letter for a Hindi reader', async () => {
    const input = {
      name: '',
      tier: 'A',
      primaryManagerId: 7,
      address: { line1: '', line2: '', city: '', region: '', postalCode: 7, country: '' },
    };
    const refused = await refusedInput('clients:create', input);
    expect(refused.issues.map((issue) => issue.path)).toEqual(['name', 'primaryManagerId', 'address.postalCode']);
    expect(describeError(refused, i18next.t, usFirm)).toBe(
      'Some of the details are not valid: Name is required; Primary manager is not valid; Postal code is not valid.',
    );
    await setInterfaceLanguage('hi');
    const hindi = describeError(refused, i18next.t, usFirm);
    expect(hindi).toBe('कुछ जानकारी सही नहीं है: नाम ज़रूरी है; मुख्य मैनेजर सही नहीं है; पिन कोड सही नहीं है।');
    expect(hindi).not.toMatch(/[A-Za-z]/);
  });

  it('names an item of a list by the field’s name, and a field the catalogue lacks by its id', async () => {
    const input = { clientId: 'c1', heldOn: '2020-01-02', byId: 'm1', attendees: ['Ann Lee', ''], unknownDetail: 1 };
    const refused = await refusedInput('reviews:record', input);
    expect(describeError(refused, i18next.t, usFirm)).toBe(
      'Some of the details are not valid: Who was there is required; unknownDetail is not a detail Clientbook knows.',
    );
  });

  it('words the schema’s bounds and zod’s own checks by key too, a Hindi reader reading no English sentence', async () => {
    const input = { name: '', role: 'boss', email: 'ann@example.com', capacity: 6000, password: 'short' };
    const refused = await refusedInput('team:create', input);
    expect(describeError(refused, i18next.t, usFirm)).toBe(
      'Some of the details are not valid: Name is required; Role is not valid; Capacity (households) must be at most 5,000; Password is not a detail Clientbook knows.',
    );
    await setInterfaceLanguage('hi');
    const hindi = describeError(refused, i18next.t, usFirm);
    expect(hindi).toBe(
      'कुछ जानकारी सही नहीं है: नाम ज़रूरी है; भूमिका सही नहीं है; क्षमता (परिवार) अधिक से अधिक 5,000 होना चाहिए; पासवर्ड ऐसी जानकारी नहीं है जिसे Clientbook जानता हो।',
    );
    expect(hindi).not.toMatch(/[A-Za-z]+ [A-Za-z]+/);
  });

  it('writes a day in a reason the firm’s way, as it does in an error', () => {
    const month = { month: '2026-03', english: 'March 2026' };
    const reason = { message: 'No reviews…', key: 'calendar.noneInMonth', params: { month } };
    const berlin = createFormatters({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
    expect(berlin.month(month.month, 'long')).toBe('März 2026');
    expect(describeReason(reason, i18next.t, berlin)).toBe(
      'No reviews are scheduled in März 2026, so there is nothing to add to a calendar.',
    );
  });
});
