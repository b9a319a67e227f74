import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses, requestTypes, type TeamMember } from '../../../shared/model';
import { ClientPicker } from '../../components/form/client-picker';
import { SelectField } from '../../components/form/select-field';
import { openAny, type RequestFilters as Filters } from './use-request-params';

interface Props {
  filters: Filters;
  members: readonly TeamMember[];
  /** The name of the household in the client filter, once known. */
  clientName: string | null;
  active: boolean;
  onChange: (key: Exclude<keyof Filters, 'overdue'>, value: string) => void;
  onOverdueChange: (overdue: boolean) => void;
  onClear: () => void;
}

export function RequestFilters({ filters, members, clientName, active, onChange, onOverdueChange, onClear }: Props) {
  const { t } = useTranslation();
  const overdueId = useId();
  return (
    <div role="search" className="toolbar" aria-label={t('requests.filters.label')}>
      <SelectField
        label={t('requests.filters.status')}
        placeholder={t('requests.filters.anyStatus')}
        value={filters.status}
        onChange={(event) => onChange('status', event.target.value)}
        options={[
          { value: openAny, label: t('requests.filters.openAny') },
          ...requestStatuses.map((status) => ({ value: status, label: t(`requests.statuses.${status}`) })),
        ]}
      />
      <SelectField
        label={t('requests.filters.owner')}
        placeholder={t('requests.filters.anyOwner')}
        value={filters.owner}
        onChange={(event) => onChange('owner', event.target.value)}
        options={members.map((member) => ({
          value: member.id,
          label: member.active ? member.name : t('requests.filters.inactiveOwner', { name: member.name }),
        }))}
      />
      <SelectField
        label={t('requests.filters.type')}
        placeholder={t('requests.filters.anyType')}
        value={filters.type}
        onChange={(event) => onChange('type', event.target.value)}
        options={requestTypes.map((type) => ({ value: type, label: t(`requests.types.${type}`) }))}
      />
      <ClientPicker
        // Remounted when the filter changes from outside (Clear, a link) so the box shows it.
        key={`${filters.client}|${clientName ?? ''}`}
        label={t('requests.filters.client')}
        name="client"
        value={filters.client && clientName ? { id: filters.client, name: clientName } : null}
        onChange={(client) => onChange('client', client?.id ?? '')}
      />
      <div className="rq-check">
        <input id={overdueId} type="checkbox" checked={filters.overdue} onChange={(event) => onOverdueChange(event.target.checked)} />
        <label htmlFor={overdueId}>{t('requests.filters.overdue')}</label>
      </div>
      {active && (
        <button type="button" className="button button--ghost toolbar__clear" onClick={onClear}>
          {t('requests.filters.clear')}
        </button>
      )}
    </div>
  );
}
