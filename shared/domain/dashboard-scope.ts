import type { TeamMember } from '../model/team';

/**
 * Whose book the dashboard first shows for the member remembered at this workstation: theirs while
 * they are an active member of `team`, else the whole firm (null), as the dashboard screen decides
 * once the team has arrived. The first-screen answer and the calls it stands in for use this one rule.
 */
export function dashboardScope(team: readonly Pick<TeamMember, 'id' | 'active'>[], memberId: string | null): string | null {
  return team.some((member) => member.active && member.id === memberId) ? memberId : null;
}
