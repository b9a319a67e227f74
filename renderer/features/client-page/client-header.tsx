import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientDetail, ClientStatus, TeamMember, Tier } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useCurrentUser } from '../../app/current-user';
import { useTierName } from '../../app/tier-names';
import { Badge, type BadgeTone } from '../../components/badge';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { useFormatters } from '../../i18n/format';
import { ClientFileAction } from './client-file-action';
import { dayStartIso, firmToday, useDayFormat, useFirmTimeZone } from '../../components/dates';
import { DetailsForm } from './details-form';
import { MarkFormerForm } from './mark-former-form';

const tierTone: Record<Tier, BadgeTone> = { A: 'tier-a', B: 'tier-b', C: 'tier-c' };
const statusTone: Record<ClientStatus, BadgeTone> = { active: 'success', prospect: 'info', former: 'muted' };

type Panel = 'details' | 'former' | 'archive' | null;

interface Props {
  detail: ClientDetail;
  members: TeamMember[];
  currency: string;
  onChanged: () => void;
}

/** Who the household is, its figures at a glance, and the actions that change its standing. */
export function ClientHeader({ detail, members, currency, onChanged }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const formatDay = useDayFormat();
  const tierName = useTierName();
  const { currentUser } = useCurrentUser();
  const { client } = detail;
  const [panel, setPanel] = useState<Panel>(null);
  const setArchived = useMutation('clients:archive', {
    notice: (updated) => t(updated.archived ? 'clientPage.archive.archived' : 'clientPage.archive.unarchived', { name: updated.name }),
  });
  const { busy: archiving, error: archiveError } = setArchived;
  /** A new key shows the details form afresh on the current household (after a refused save). */
  const [detailsFormKey, setDetailsFormKey] = useState(0);
  const actionsRef = useRef<HTMLDivElement>(null);

  const close = () => {
    setPanel(null);
    setArchived.reset();
    // Give focus back to the row of actions so the keyboard user is where they were.
    requestAnimationFrame(() => actionsRef.current?.querySelector<HTMLButtonElement>('button')?.focus());
  };
  const toggle = (next: Exclude<Panel, null>) => (panel === next ? close() : setPanel(next));

  const archive = async () => {
    const result = await setArchived.run({ id: client.id, archived: !client.archived });
    if (!result.ok) return;
    setPanel(null);
    onChanged();
  };

  const timeZone = useFirmTimeZone();
  const reviewOverdue = detail.nextReviewOn !== null && detail.nextReviewOn < firmToday(timeZone);
  const { departure } = client;

  return (
    <>
      <header className="cp-header card" aria-labelledby="cp-title">
        <nav aria-label={t('clientPage.breadcrumb')} className="cp-header__crumbs">
          <Link to="/clients">{t('clientPage.backToClients')}</Link>
        </nav>
        <div className="cp-header__top">
          <div className="cp-header__identity">
            <h1 id="cp-title" className="cp-header__title">
              {client.name}
            </h1>
            <p className="cp-header__badges">
              <Badge tone={tierTone[client.tier]} label={t('clientPage.header.tierLabel', { name: tierName(client.tier) })}>
                {tierName(client.tier)}
              </Badge>
              <Badge tone={statusTone[client.status]}>{t(`clients.statuses.${client.status}`)}</Badge>
              {client.archived && <Badge tone="warning">{t('clientPage.header.archived')}</Badge>}
              <span className="cp-header__type">{t(`clients.types.${client.type}`)}</span>
            </p>
          </div>
          <div className="button-row cp-header__actions" ref={actionsRef}>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={panel === 'details'}
              onClick={() => toggle('details')}
            >
              {t('clientPage.actions.edit')}
            </button>
            {client.status !== 'former' && (
              <button
                type="button"
                className="button button--secondary"
                aria-expanded={panel === 'former'}
                onClick={() => toggle('former')}
              >
                {t('clientPage.actions.markFormer')}
              </button>
            )}
            <button type="button" className="button button--ghost" aria-expanded={panel === 'archive'} onClick={() => toggle('archive')}>
              {client.archived ? t('clientPage.actions.unarchive') : t('clientPage.actions.archive')}
            </button>
          </div>
        </div>

        {departure && (
          <p className="cp-header__notice cp-header__notice--former" role="note">
            <strong>{t('clientPage.header.formerSince', { date: formatDay(departure.on) })}</strong>{' '}
            {t('clientPage.header.formerReason', { reason: t(`clientPage.reasons.${departure.reason}`) })}
            {departure.assetsLeft.amountMinor > 0 && (
              <> {t('clientPage.header.assetsLeft', { amount: fmt.exactMoney(departure.assetsLeft) })}</>
            )}
            {departure.detail && <span className="cp-header__detail">{departure.detail}</span>}
          </p>
        )}
        {client.archived && (
          <p className="cp-header__notice" role="note">
            {t('clientPage.header.archivedNote')}
          </p>
        )}

        <dl className="cp-figures">
          <div className="cp-figure">
            <dt>{t('clientPage.header.manager')}</dt>
            <dd>{detail.primaryManagerName}</dd>
          </div>
          <div className="cp-figure">
            <dt>{t('clientPage.header.serviceTeam')}</dt>
            <dd>
              {detail.serviceTeam.length === 0 ? (
                <span className="text-muted">{t('clientPage.none')}</span>
              ) : (
                detail.serviceTeam.map((member) => member.name).join(', ')
              )}
            </dd>
          </div>
          <div className="cp-figure">
            <dt>{t('clientPage.header.assets')}</dt>
            <dd className="cp-figure__money" data-testid="header-assets">
              {fmt.exactMoney(detail.assets)}
            </dd>
          </div>
          <div className="cp-figure">
            <dt>{t('clientPage.header.revenue')}</dt>
            <dd className="cp-figure__money" data-testid="header-revenue">
              {fmt.exactMoney(detail.annualRevenue)}
            </dd>
          </div>
          <div className="cp-figure">
            <dt>{t('clientPage.header.lastContact')}</dt>
            <dd data-testid="header-last-contact">
              {client.lastContactAt ? (
                <time dateTime={client.lastContactAt} title={fmt.dateTime(client.lastContactAt)}>
                  {fmt.relativeDay(client.lastContactAt)}
                </time>
              ) : (
                <span className="text-muted">{t('clientPage.header.neverContacted')}</span>
              )}
            </dd>
          </div>
          <div className="cp-figure">
            <dt>{t('clientPage.header.nextReview')}</dt>
            <dd>
              {detail.nextReviewOn ? (
                <>
                  <time dateTime={detail.nextReviewOn}>{formatDay(detail.nextReviewOn)}</time>{' '}
                  <span className={reviewOverdue ? 'cp-overdue' : 'cp-figure__sub'}>
                    {reviewOverdue ? t('clientPage.header.overdue') : fmt.relativeDay(dayStartIso(detail.nextReviewOn, timeZone))}
                  </span>
                </>
              ) : (
                <span className="text-muted">{t('clientPage.header.noReview')}</span>
              )}
            </dd>
          </div>
        </dl>
        <ClientFileAction clientId={client.id} clientName={client.name} />
      </header>

      {panel === 'details' && (
        <DetailsForm
          key={detailsFormKey}
          detail={detail}
          members={members}
          onCancel={close}
          onSaved={() => {
            close();
            onChanged();
          }}
          onReload={() => setDetailsFormKey((key) => key + 1)}
        />
      )}
      {panel === 'former' && (
        <MarkFormerForm
          detail={detail}
          members={members}
          currency={currency}
          defaultStaffId={currentUser?.id ?? client.primaryManagerId}
          onCancel={close}
          onSaved={() => {
            close();
            onChanged();
          }}
        />
      )}
      {panel === 'archive' && (
        <ConfirmPanel
          title={
            client.archived
              ? t('clientPage.archive.unarchiveTitle', { name: client.name })
              : t('clientPage.archive.title', { name: client.name })
          }
          confirmLabel={client.archived ? t('clientPage.actions.unarchive') : t('clientPage.actions.archive')}
          cancelLabel={t('common.cancel')}
          busy={archiving}
          onConfirm={() => void archive()}
          onCancel={close}
        >
          {archiveError ? <ErrorMessage error={archiveError} /> : null}
          <p>{client.archived ? t('clientPage.archive.unarchiveBody') : t('clientPage.archive.body')}</p>
        </ConfirmPanel>
      )}
    </>
  );
}
