import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { describeError, describeReason } from '../../renderer/components/describe-error';
import { i18next, setInterfaceLanguage } from '../../renderer/i18n';
import { AppError } from '../../shared/errors';
import { englishOf, message } from '../../shared/messages';

afterEach(() => setInterfaceLanguage('en'));

/** A backend refusal as the renderer receives it: the error's IPC shape, through ApiError as client.ts builds it. */
function received(error: AppError): ApiError {
  const { code, message: english, issues, key, params } = error.toShape();
  return new ApiError(code, english, issues, key && { key, params: params ?? {} });
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
    expect(describeError(received(wrongPassword), i18next.t)).toBe(english);
  });

  it('words it in Hindi for a Hindi reader, the parts that are messages themselves included', async () => {
    await setInterfaceLanguage('hi');
    expect(describeError(received(wrongPassword), i18next.t)).toBe(
      'यह Priya Nair का पासवर्ड नहीं है। लगातार 5 गलत पासवर्ड के बाद Clientbook अगली कोशिश से पहले 2 मिनट रुकता है।',
    );
  });

  it('shows the English sentence of an error the backend gave without a key', async () => {
    await setInterfaceLanguage('hi');
    expect(describeError(new ApiError('CONFLICT', 'Words from elsewhere.'), i18next.t)).toBe('Words from elsewhere.');
  });

  it('words an imported row’s reason by its key, the kind of word it expected included', async () => {
    const why = message('importRows.unknownWord', { label: 'Tier', value: 'Gold+', what: message('importRows.kinds.tier') });
    const row = { message: englishOf(why), key: why.key, params: why.params };
    expect(describeReason(row, i18next.t)).toBe('Tier “Gold+” is not a known tier.');
    await setInterfaceLanguage('hi');
    expect(describeReason(row, i18next.t)).toBe('Tier “Gold+” कोई ज्ञात श्रेणी नहीं है।');
    expect(describeReason({ message: 'Words from elsewhere.' }, i18next.t)).toBe('Words from elsewhere.');
  });
});
