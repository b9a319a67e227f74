import { describe, expect, it } from 'vitest';
import { notRequired, openWorkstationStatus } from '../../../electron/backend/services/workstation-status';
import { teamMember } from '../../fixtures/records';

function signInList(names: string[], locale: string): string[] {
  const team = names.map((name) => teamMember({ name }));
  return openWorkstationStatus(notRequired, team, null, locale).members.map((member) => member.name);
}

describe('the sign-in screen’s list of members', () => {
  it('is in a hi-IN firm’s alphabetical order: Devanagari names first, in Hindi order', () => {
    expect(signInList(['Zoe Adams', 'रमेश कुमार', 'Anil Mehta', 'अमित शर्मा'], 'hi-IN')).toEqual([
      'अमित शर्मा',
      'रमेश कुमार',
      'Anil Mehta',
      'Zoe Adams',
    ]);
  });

  it('is in a Swedish firm’s order, Å and Ö after Z, and ignores case and accents as the team screen does', () => {
    expect(signInList(['Örjan Berg', 'Åsa Lind', 'Zara Holm', 'émile Dubois', 'Erik Ek'], 'sv-SE')).toEqual([
      'émile Dubois',
      'Erik Ek',
      'Zara Holm',
      'Åsa Lind',
      'Örjan Berg',
    ]);
  });
});
