import type { TeamMember } from '../../shared/model';
import { setInterfaceLanguage } from './index';
import { memberLanguage, rememberMemberLanguage } from './languages';

/**
 * Shows the interface in the language of whoever is at this workstation (nobody: this computer's),
 * and remembers a member's choice so their next start is drawn in it from the first screen.
 */
export function followMemberLanguage(member: Pick<TeamMember, 'id' | 'language'> | null): void {
  if (member) rememberMemberLanguage(member.id, member.language);
  // A catalogue that cannot be fetched leaves the interface as it was; the next change tries again.
  setInterfaceLanguage(memberLanguage(member)).catch(() => {});
}
