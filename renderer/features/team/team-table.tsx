import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tiers, type Money, type TeamBook, type TeamMember } from '../../../shared/model';
import { useTierNames } from '../../app/tier-names';
import { Badge } from '../../components/badge';
import { NumHeader } from '../../components/table/num-header';
import { useFormatters } from '../../i18n/format';
import { CapacityBar } from './capacity-bar';

interface Props {
  members: readonly TeamMember[];
  /** Each member's book by member id; missing while it loads. */
  books: ReadonlyMap<string, TeamBook>;
  /** Id of the member whose change is being saved; its buttons are disabled meanwhile. */
  savingId: string | null;
  onToggleActive: (member: TeamMember) => void;
  /** Resolves true when saved, so the editor can close. */
  onCapacityChange: (member: TeamMember, capacity: number | null) => Promise<boolean>;
}

function sumMoney(values: Money[]): Money | null {
  const first = values[0];
  if (!first || values.some((v) => v.currency !== first.currency)) return null;
  return { amountMinor: values.reduce((sum, v) => sum + v.amountMinor, 0), currency: first.currency };
}

function CapacityEditor({
  member,
  busy,
  onSave,
  onCancel,
}: {
  member: TeamMember;
  busy: boolean;
  onSave: (capacity: number | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(member.capacity === null ? '' : String(member.capacity));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(value.trim() === '' ? null : Number(value));
  };
  return (
    <form className="inline-edit" onSubmit={submit} aria-label={t('team.editCapacityNamed', { name: member.name })}>
      <label htmlFor={id} className="visually-hidden">
        {t('team.editCapacityNamed', { name: member.name })}
      </label>
      <input
        id={id}
        className="input input--days"
        type="number"
        inputMode="numeric"
        min={1}
        max={5000}
        value={value}
        placeholder={t('team.noLimit')}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t('team.save')}
      </button>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

export function TeamTable({ members, books, savingId, onToggleActive, onCapacityChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tierNames = useTierNames();
  const [editingId, setEditingId] = useState<string | null>(null);
  const memberBooks = members.map((m) => books.get(m.id)).filter((b): b is TeamBook => b !== undefined);
  const totalAssets = sumMoney(memberBooks.map((b) => b.assets));
  const totalRevenue = sumMoney(memberBooks.map((b) => b.annualRevenue));

  return (
    <table className="data-table team-table" aria-label={t('team.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('team.columns.name')}</th>
          <th scope="col">{t('team.columns.role')}</th>
          <th scope="col" className="team-table__capacity">
            {t('team.columns.capacity')}
          </th>
          <th scope="col">{t('team.columns.tiers')}</th>
          <NumHeader>{t('team.columns.assets')}</NumHeader>
          <NumHeader>{t('team.columns.revenue')}</NumHeader>
          <th scope="col">{t('team.columns.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('team.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const book = books.get(member.id);
          return (
            <tr key={member.id} className={member.active ? undefined : 'is-inactive'}>
              <td>
                <span className="cell-primary">{member.name}</span>
                <a className="cell-secondary" href={`mailto:${member.email}`}>
                  {member.email}
                </a>
              </td>
              <td className="nowrap">{t(`team.roles.${member.role}`)}</td>
              <td className="team-table__capacity">
                {editingId === member.id ? (
                  <CapacityEditor
                    member={member}
                    busy={savingId === member.id}
                    onCancel={() => setEditingId(null)}
                    onSave={(capacity) =>
                      void onCapacityChange(member, capacity).then((saved) => {
                        if (saved) setEditingId(null);
                      })
                    }
                  />
                ) : (
                  <div className="capacity-cell">
                    {book ? (
                      <CapacityBar name={member.name} households={book.households} capacity={member.capacity} />
                    ) : (
                      <span className="capacity text-muted">—</span>
                    )}
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      disabled={savingId === member.id}
                      onClick={() => setEditingId(member.id)}
                      aria-label={t('team.editCapacityNamed', { name: member.name })}
                    >
                      {t('team.editCapacity')}
                    </button>
                  </div>
                )}
              </td>
              <td>
                {book && (
                  <ul className="tier-counts" aria-label={t('team.columns.tiers')}>
                    {tiers.map((tier) => (
                      <li key={tier} className={`tier-count tier-count--${tier.toLowerCase()}`} title={tierNames[tier]}>
                        <span className="visually-hidden">{t('team.tierCount', { name: tierNames[tier], count: book.byTier[tier] })}</span>
                        <span aria-hidden="true">
                          <span className="tier-count__name">{tierNames[tier]}</span> {format.number(book.byTier[tier])}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="num">{book ? format.money(book.assets) : null}</td>
              <td className="num">{book ? format.money(book.annualRevenue) : null}</td>
              <td>{member.active ? <Badge tone="success">{t('team.active')}</Badge> : <Badge tone="muted">{t('team.inactive')}</Badge>}</td>
              <td className="actions">
                <div className="button-row button-row--tight">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={savingId === member.id}
                    onClick={() => onToggleActive(member)}
                    aria-label={
                      member.active ? t('team.deactivateNamed', { name: member.name }) : t('team.activateNamed', { name: member.name })
                    }
                  >
                    {member.active ? t('team.deactivate') : t('team.activate')}
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
      {memberBooks.length > 0 && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('team.totals')}
            </th>
            <td>{t('team.households', { count: memberBooks.reduce((sum, b) => sum + b.households, 0) })}</td>
            <td />
            <td className="num">{totalAssets ? format.money(totalAssets) : null}</td>
            <td className="num">{totalRevenue ? format.money(totalRevenue) : null}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
