import type { SavedView } from '../../../shared/model';
import type { Calendar } from './calendar';
import { IdSequence } from './ids';
import type { Team } from './team';

/** Two views each manager saved when the firm set up Clientbook: their tier A households, and who has gone quiet. */
export function demoViews(team: Team, setupDay: number, cal: Calendar): SavedView[] {
  const ids = new IdSequence('sv', 4);
  return [...team.accountManagers, ...team.advisers].flatMap((manager, index) => {
    const createdAt = cal.instant(setupDay, 10 * 60 + index);
    return [
      { id: ids.next(), ownerId: manager.id, name: 'My tier A households', filters: { managerId: manager.id, tier: 'A' }, createdAt },
      {
        id: ids.next(),
        ownerId: manager.id,
        name: 'No contact in 90 days',
        filters: { managerId: manager.id, noContactDays: 90 },
        createdAt,
      },
    ];
  });
}
