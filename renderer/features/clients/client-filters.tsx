import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/model';
import { clientStatuses, tiers } from '../../../shared/model/client-values';
import { useTierNames } from '../../app/tier-names';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { allManagers, type FilterFields, type TextFilterKey, minSearchLength } from './use-client-filters';

interface Props {
  filters: FilterFields;
  /** The manager whose book is shown, after defaulting to the current user. */
  managerId: string | undefined;
  managers: readonly TeamMember[];
  /** Tags seen in the rows, offered as suggestions for the tag filter. */
  knownTags: readonly string[];
  onChange: (key: TextFilterKey, value: string) => void;
  /** Leaving the search box: what was typed is kept in the address at once. */
  onSearchBlur: () => void;
  /** ArrowDown in the search box: on into the list of clients. */
  onSearchArrowDown: () => void;
  onManagerChange: (value: string) => void;
  onArchivedChange: (value: boolean) => void;
  onClear: () => void;
  active: boolean;
}

export function ClientFilters({
  filters,
  managerId,
  managers,
  knownTags,
  onChange,
  onSearchBlur,
  onSearchArrowDown,
  onManagerChange,
  onArchivedChange,
  onClear,
  active,
}: Props) {
  const { t } = useTranslation();
  const tierNames = useTierNames();
  const tagListId = useId();
  const archivedId = useId();
  return (
    <div role="search" className="toolbar book-filters" aria-label={t('clients.filters.label')}>
      <div className="toolbar__search">
        <TextField
          type="search"
          label={t('clients.filters.search')}
          placeholder={t('clients.filters.searchPlaceholder')}
          value={filters.search}
          hint={filters.search.trim().length === 1 ? t('clients.filters.searchTooShort', { count: minSearchLength }) : undefined}
          onChange={(event) => onChange('search', event.target.value)}
          onBlur={onSearchBlur}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            onSearchArrowDown();
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <SelectField
        label={t('clients.filters.manager')}
        value={managerId ?? allManagers}
        onChange={(event) => onManagerChange(event.target.value)}
        options={[
          { value: allManagers, label: t('clients.filters.anyManager') },
          ...managers.map((member) => ({
            value: member.id,
            label: member.active ? member.name : t('clients.filters.inactiveManager', { name: member.name }),
          })),
        ]}
      />
      <SelectField
        label={t('clients.filters.tier')}
        placeholder={t('clients.filters.anyTier')}
        value={filters.tier}
        onChange={(event) => onChange('tier', event.target.value)}
        options={tiers.map((tier) => ({ value: tier, label: tierNames[tier] }))}
      />
      <SelectField
        label={t('clients.filters.status')}
        placeholder={t('clients.filters.anyStatus')}
        value={filters.status}
        onChange={(event) => onChange('status', event.target.value)}
        options={clientStatuses.map((status) => ({ value: status, label: t(`clients.statuses.${status}`) }))}
      />
      <TextField
        label={t('clients.filters.tag')}
        placeholder={t('clients.filters.anyTag')}
        value={filters.tag}
        list={tagListId}
        maxLength={40}
        autoComplete="off"
        onChange={(event) => onChange('tag', event.target.value)}
      />
      <datalist id={tagListId}>
        {knownTags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <TextField
        label={t('clients.filters.noContact')}
        placeholder={t('clients.filters.days')}
        className="input--days"
        type="number"
        inputMode="numeric"
        min={0}
        max={3650}
        value={filters.noContact}
        onChange={(event) => onChange('noContact', event.target.value)}
        hint={undefined}
      />
      <div className="toolbar__check">
        <input
          id={archivedId}
          type="checkbox"
          className="checkbox"
          checked={filters.archived}
          onChange={(event) => onArchivedChange(event.target.checked)}
        />
        <label htmlFor={archivedId}>{t('clients.filters.showArchived')}</label>
      </div>
      {active && (
        <button type="button" className="button button--ghost toolbar__clear" onClick={onClear}>
          {t('clients.filters.clear')}
        </button>
      )}
    </div>
  );
}
