import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { englishOf, message } from '../../shared/messages';

describe('backend messages', () => {
  it('carry their key and parameters across the IPC boundary beside the English sentence', () => {
    const error = new AppError('CONFLICT', message('signIn.noPasswordYet', { name: 'Asha Rao' }), [
      { path: 'memberId', message: 'has no password yet' },
    ]);
    expect(error.toShape()).toEqual({
      code: 'CONFLICT',
      message: 'Asha Rao has not chosen a password yet. Choose one to sign in.',
      key: 'signIn.noPasswordYet',
      params: { name: 'Asha Rao' },
      issues: [{ path: 'memberId', message: 'has no password yet' }],
    });
  });

  it('word counted parts in English by the count', () => {
    expect(englishOf(message('signIn.seconds', { count: 1 }))).toBe('1 second');
    expect(englishOf(message('signIn.seconds', { count: 8 }))).toBe('8 seconds');
  });

  it('are checked by the compiler: an unknown key, missing or stray parameters do not compile', () => {
    // @ts-expect-error: no such key in the catalogue
    message('signIn.noSuchSentence');
    // @ts-expect-error: the sentence names someone
    message('signIn.noPasswordYet');
    // @ts-expect-error: `who` is not the sentence's parameter
    message('signIn.noPasswordYet', { who: 'Asha Rao' });
    // @ts-expect-error: this sentence has no parameters
    message('signIn.locked', { name: 'Asha Rao' });
    expect(englishOf(message('signIn.locked'))).toBe('Clientbook is locked. Sign in to go on.');
  });
});
