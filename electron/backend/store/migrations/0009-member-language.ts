import type { Migration } from './migration';

/**
 * Schema 9, each member's interface language: every team member gets `language: null`, which
 * follows the computer's own language as the interface did before. A member who already has one
 * keeps it.
 */
export const memberLanguage: Migration = {
  version: 9,
  name: 'member-language',
  up(image) {
    const members = image.collections.teamMembers;
    if (!members) return;
    for (const [id, member] of members) members.set(id, { language: null, ...member });
  },
};
