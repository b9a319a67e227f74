import type { TeamMember } from '../../shared/model';
import { printLanguageOf } from '../../shared/print';
import { setInterfaceLanguage } from './index';
import { memberLanguage, rememberMemberLanguage } from './languages';

/**
 * Shows the interface in the language of whoever is at this workstation (nobody: this computer's),
 * and remembers a member's choice so their next start is drawn in it from the first screen.
 */
export function followMemberLanguage(member: Pick<TeamMember, 'id' | 'language'> | null): void {
  if (member) rememberMemberLanguage(member.id, member.language);
  // A print page stays in the language its route names (main.tsx), whoever is at this workstation.
  if (printLanguageOf(window.location.hash) !== null) return;
  // A catalogue that cannot be fetched leaves the interface as it was; the next change tries again.
  setInterfaceLanguage(memberLanguage(member)).catch(() => {});
}
