import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { clientStatuses, tiers, type TeamMember } from '../../../shared/model';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import type { ClientFilters as Filters } from './use-client-filters';

interface Props {
  filters: Filters;
  managers: readonly TeamMember[];
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (key: keyof Filters, value: string) => void;
  onClear: () => void;
  active: boolean;
}

export function ClientFilters({ filters, managers, searchRef, onChange, onClear, active }: Props) {
  const { t } = useTranslation();
  return (
    <div role="search" className="toolbar" aria-label={t('clients.filters.label')}>
      <div className="toolbar__search">
        <TextField
          ref={searchRef}
          type="search"
          label={t('clients.filters.search')}
          placeholder={t('clients.filters.searchPlaceholder')}
          value={filters.search}
          onChange={(event) => onChange('search', event.target.value)}
          aria-keyshortcuts="/"
          title={t('clients.filters.searchShortcut')}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <SelectField
        label={t('clients.filters.manager')}
        placeholder={t('clients.filters.anyManager')}
        value={filters.managerId}
        onChange={(event) => onChange('managerId', event.target.value)}
        options={managers.map((member) => ({ value: member.id, label: member.name }))}
      />
      <SelectField
        label={t('clients.filters.tier')}
        placeholder={t('clients.filters.anyTier')}
        value={filters.tier}
        onChange={(event) => onChange('tier', event.target.value)}
        options={tiers.map((tier) => ({ value: tier, label: t('clients.tiers.label', { tier }) }))}
      />
      <SelectField
        label={t('clients.filters.status')}
        placeholder={t('clients.filters.anyStatus')}
        value={filters.status}
        onChange={(event) => onChange('status', event.target.value)}
        options={clientStatuses.map((status) => ({ value: status, label: t(`clients.statuses.${status}`) }))}
      />
      {active && (
        <button type="button" className="button button--ghost toolbar__clear" onClick={onClear}>
          {t('clients.filters.clear')}
        </button>
      )}
    </div>
  );
}
