import { useTranslation } from 'react-i18next';
import type { ClientStatus, Tier } from '../../../shared/model';
import { Badge, type BadgeTone } from '../../components/badge';

const tierTone: Record<Tier, BadgeTone> = { A: 'tier-a', B: 'tier-b', C: 'tier-c' };
const statusTone: Record<ClientStatus, BadgeTone> = { active: 'success', prospect: 'info', former: 'muted' };

export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return <Badge tone={tierTone[tier]}>{t('clients.tiers.label', { tier })}</Badge>;
}

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <Badge tone={statusTone[status]}>{t(`clients.statuses.${status}`)}</Badge>;
}
