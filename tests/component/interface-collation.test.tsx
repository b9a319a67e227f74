import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewsScreen } from '../../renderer/features/reviews/reviews-screen';
import { setInterfaceLanguage } from '../../renderer/i18n';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { dueRow, teamBook } from './support/reviews-data';

afterEach(() => setInterfaceLanguage('en'));

/** Households all due the same day, so only their names order them. */
const names = ['Zoe Shah Household', 'अमित शर्मा परिवार', 'Household 10', 'émile Roy Household', 'Household 2', 'ज़ोया खान परिवार'];

async function overdueNames(): Promise<(string | null)[]> {
  const priya = teamMember();
  renderWithApp(<ReviewsScreen />, {
    route: '/reviews',
    currentUser: { member: priya },
    handlers: {
      'team:books': () => [teamBook()],
      'team:list': () => [priya],
      'reviews:due': () => names.map((clientName, index) => dueRow({ clientId: `cl_${index}`, clientName })),
    },
  });
  const [overdue] = await screen.findAllByRole('region');
  return within(overdue!)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('link').textContent);
}

describe('names on screen', () => {
  it('sort by the interface language: numbers as numbers, accents and case ignored, Latin first in English', async () => {
    expect(await overdueNames()).toEqual([
      'émile Roy Household',
      'Household 2',
      'Household 10',
      'Zoe Shah Household',
      'अमित शर्मा परिवार',
      'ज़ोया खान परिवार',
    ]);
  });

  it('sort Devanagari names first, in their alphabet’s order, when the interface is in Hindi', async () => {
    await setInterfaceLanguage('hi');
    expect(await overdueNames()).toEqual([
      'अमित शर्मा परिवार',
      'ज़ोया खान परिवार',
      'émile Roy Household',
      'Household 2',
      'Household 10',
      'Zoe Shah Household',
    ]);
  });
});
