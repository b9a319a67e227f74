import { describe, expect, it } from 'vitest';
import { english } from '../../renderer/i18n';
import { pseudoCatalogue, pseudoString } from '../../renderer/i18n/pseudo';

describe('the pseudo-locale', () => {
  it('accents every letter, keeps what i18next reads, and is bracketed 40% longer', () => {
    expect(pseudoString('Save {{name}}')).toBe('⟦Šáṽé {{name}}··⟧');
    expect(pseudoString('Page {{page}} of {{pages}}')).toBe('⟦Þáĝé {{page}} óƒ {{pages}}····⟧');
    expect(pseudoString('Read <strong>{{count, number}}</strong> of $t(common.clients)')).toBe(
      '⟦Ŕéáð <strong>{{count, number}}</strong> óƒ $t(common.clients)····⟧',
    );
    expect(pseudoString('')).toBe('');
  });

  it('leaves no Latin letter of the English catalogue on screen, under the same keys', () => {
    const pseudo = pseudoCatalogue(english);
    const strings = (catalogue: object, prefix = ''): Array<[string, string]> =>
      Object.entries(catalogue).flatMap(([key, value]) =>
        typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value as object, `${prefix}${key}.`),
      );
    expect(strings(pseudo).map(([key]) => key)).toEqual(strings(english).map(([key]) => key));
    const shown = (text: string) => text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[\w-]*\/?>/g, '');
    expect(strings(pseudo).filter(([, text]) => /[A-Za-z]/.test(shown(text)))).toEqual([]);
  });
});
