import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GivenAccess, MemberAccess, TeamMember } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmPanel } from '../../components/confirm-panel';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { CheckboxField } from '../../components/form/checkbox-fields';

interface Props {
  /** The active team members, in the order the team table shows them. */
  members: TeamMember[];
  /** The signed-in person may give and revoke access. */
  admin: boolean;
}

type Pending = { kind: 'give'; member: TeamMember } | { kind: 'revoke'; member: TeamMember } | null;

/**
 * "Sign-ins to the office book": who may sign in to the office database, as a member or an admin.
 * Admins give access (a one-time password, shown once) and take it away; the database checks that
 * they are admins, so the buttons are a convenience, not the guard.
 */
export function OfficeAccess({ members, admin }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const access = useQuery('access:list');
  const [pending, setPending] = useState<Pending>(null);
  const [asAdmin, setAsAdmin] = useState(false);
  const [given, setGiven] = useState<{ member: TeamMember; access: GivenAccess } | null>(null);
  const byMember = new Map((access.data ?? []).map((row) => [row.memberId, row]));

  const giveAccess = useMutation('access:give');
  const revokeAccess = useMutation('access:revoke');
  const busy = giveAccess.busy || revokeAccess.busy;
  const error = giveAccess.error ?? revokeAccess.error;

  const give = async (member: TeamMember) => {
    revokeAccess.reset();
    const result = await giveAccess.run({ memberId: member.id, admin: asAdmin });
    if (!result.ok) return;
    setPending(null);
    setGiven({ member, access: result.value });
    access.reload();
  };

  const revoke = async (member: TeamMember) => {
    giveAccess.reset();
    const result = await revokeAccess.run({ memberId: member.id });
    if (!result.ok) return;
    setPending(null);
    access.setData(result.value);
  };

  const stateText = (row: MemberAccess | undefined) => {
    if (!row) return t('team.access.none');
    if (row.state === 'revoked') return t('team.access.revoked');
    if (row.state === 'one-time-password') {
      return row.oneTimePasswordUntil
        ? t('team.access.oneTimeUntil', { date: fmt.dateTime(row.oneTimePasswordUntil) })
        : t('team.access.oneTime');
    }
    return t('team.access.ownPassword');
  };

  return (
    <section className="card stack" aria-labelledby="office-access-title">
      <div>
        <h2 id="office-access-title" className="card__title">
          {t('team.access.title')}
        </h2>
        <p className="card__description">{admin ? t('team.access.descriptionAdmin') : t('team.access.description')}</p>
      </div>
      {access.error ? <ErrorMessage error={access.error} onRetry={access.reload} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {given && (
        <div className="one-time-password" role="status">
          <h3 className="one-time-password__title">{t('team.access.givenTitle', { name: given.member.name })}</h3>
          <dl className="one-time-password__facts">
            <dt>{t('team.access.login')}</dt>
            <dd>
              <code>{given.access.login}</code>
            </dd>
            <dt>{t('team.access.password')}</dt>
            <dd>
              <code className="one-time-password__secret">{given.access.password}</code>
            </dd>
          </dl>
          <p>{t('team.access.givenBody', { name: given.member.name, date: fmt.dateTime(given.access.validUntil) })}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => setGiven(null)}>
            {t('team.access.done')}
          </button>
        </div>
      )}
      {access.data === undefined ? (
        access.error ? null : (
          <Loading />
        )
      ) : (
        <table className="data-table" aria-labelledby="office-access-title">
          <thead>
            <tr>
              <th scope="col">{t('team.columns.name')}</th>
              <th scope="col">{t('team.access.login')}</th>
              <th scope="col">{t('team.access.kind')}</th>
              <th scope="col">{t('team.access.state')}</th>
              {admin && <th scope="col">{t('team.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const row = byMember.get(member.id);
              const canSignIn = row !== undefined && row.state !== 'revoked';
              return (
                <tr key={member.id}>
                  <td>
                    <span className="cell-primary">{member.name}</span>
                  </td>
                  <td>{row ? <code>{row.login}</code> : <span className="text-muted">{t('team.access.noLogin')}</span>}</td>
                  <td>{canSignIn ? (row.admin ? t('team.access.admin') : t('team.access.member')) : ''}</td>
                  <td>{stateText(row)}</td>
                  {admin && (
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={t(canSignIn ? 'team.access.newPasswordNamed' : 'team.access.giveNamed', { name: member.name })}
                          disabled={busy}
                          onClick={() => {
                            setAsAdmin(row?.admin ?? false);
                            setPending({ kind: 'give', member });
                          }}
                        >
                          {canSignIn ? t('team.access.newPassword') : t('team.access.give')}
                        </button>
                        {canSignIn && (
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            aria-label={t('team.access.revokeNamed', { name: member.name })}
                            disabled={busy}
                            onClick={() => setPending({ kind: 'revoke', member })}
                          >
                            {t('team.access.revoke')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {pending?.kind === 'give' && (
        <ConfirmPanel
          title={t('team.access.giveTitle', { name: pending.member.name })}
          confirmLabel={t('team.access.giveConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          tone="primary"
          onConfirm={() => void give(pending.member)}
          onCancel={() => setPending(null)}
        >
          <p>{t('team.access.giveBody')}</p>
          <CheckboxField
            name="asAdmin"
            label={t('team.access.asAdmin')}
            hint={t('team.access.asAdminHint')}
            checked={asAdmin}
            onChange={setAsAdmin}
          />
        </ConfirmPanel>
      )}
      {pending?.kind === 'revoke' && (
        <ConfirmPanel
          title={t('team.access.revokeTitle', { name: pending.member.name })}
          confirmLabel={t('team.access.revokeConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void revoke(pending.member)}
          onCancel={() => setPending(null)}
        >
          <p>{t('team.access.revokeBody', { name: pending.member.name })}</p>
        </ConfirmPanel>
      )}
    </section>
  );
}
