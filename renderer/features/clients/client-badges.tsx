import { useTranslation } from 'react-i18next';
import type { ClientStatus, Tier } from '../../../shared/model';
import { useTierNames } from '../../app/tier-names';
import { Badge, type BadgeTone } from '../../components/badge';

const tierTone: Record<Tier, BadgeTone> = { A: 'tier-a', B: 'tier-b', C: 'tier-c' };
const statusTone: Record<ClientStatus, BadgeTone> = { active: 'success', prospect: 'info', former: 'muted' };

/** The tier under the firm's own name for it (Settings), e.g. "Platinum". */
export function TierBadge({ tier }: { tier: Tier }) {
  const names = useTierNames();
  return <Badge tone={tierTone[tier]}>{names[tier]}</Badge>;
}

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <Badge tone={statusTone[status]}>{t(`clients.statuses.${status}`)}</Badge>;
}
