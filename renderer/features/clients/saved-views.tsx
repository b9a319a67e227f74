import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientFilters, SavedView } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';

interface Props {
  ownerId: string;
  /** The filters in effect now: what "Save view" stores, and how the matching view is found. */
  filters: ClientFilters;
  onApply: (filters: ClientFilters) => void;
}

/** Filters compared regardless of key order and of keys left out. */
function sameFilters(a: ClientFilters, b: ClientFilters): boolean {
  const norm = (f: ClientFilters) =>
    JSON.stringify(
      Object.entries(f)
        .filter(([, value]) => value !== undefined && value !== '' && value !== false)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return norm(a) === norm(b);
}

/** The current user's saved views: pick one to apply its filters, save the current ones, delete one. */
export function SavedViews({ ownerId, filters, onApply }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const views = useQuery('views:list', { ownerId });
  const selectId = useId();
  const nameId = useId();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const saveView = useMutation('views:save', { notice: (view) => t('clients.views.saved', { name: view.name }) });
  const deleteView = useAction((view: SavedView) => api.invoke('views:delete', { id: view.id }), {
    notice: (_deleted, view) => t('clients.views.deleted', { name: view.name }),
  });
  const busy = saveView.busy || deleteView.busy;
  const error = saveView.error ?? deleteView.error;

  const list: SavedView[] = views.data ?? [];
  const matching = list.find((view) => sameFilters(view.filters, filters)) ?? null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || busy) return;
    const result = await saveView.run({ ownerId, name: name.trim(), filters });
    if (!result.ok) return;
    views.setData([...list.filter((v) => v.id !== result.value.id), result.value]);
    setSaving(false);
    setName('');
  };

  const remove = async (view: SavedView) => {
    const result = await deleteView.run(view);
    if (result.ok) views.setData(list.filter((v) => v.id !== view.id));
  };

  return (
    <div className="saved-views">
      {saving ? (
        <form className="saved-views__form" onSubmit={(event) => void save(event)} aria-label={t('clients.views.saveTitle')}>
          <label htmlFor={nameId} className="saved-views__label">
            {t('clients.views.name')}
          </label>
          <input
            id={nameId}
            className="input"
            value={name}
            maxLength={80}
            autoFocus
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setSaving(false);
            }}
          />
          <button type="submit" className="button button--primary button--small" disabled={busy || !name.trim()}>
            {t('clients.views.save')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setSaving(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <>
          <label htmlFor={selectId} className="saved-views__label">
            {t('clients.views.label')}
          </label>
          <select
            id={selectId}
            className="select saved-views__select"
            value={matching?.id ?? ''}
            onChange={(event) => {
              const view = list.find((v) => v.id === event.target.value);
              if (view) onApply(view.filters);
            }}
          >
            <option value="">
              {views.data === undefined
                ? t('clients.views.loading')
                : list.length === 0
                  ? t('clients.views.none')
                  : t('clients.views.choose')}
            </option>
            {list.map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
              </option>
            ))}
          </select>
          {matching ? (
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy}
              aria-label={t('clients.views.deleteNamed', { name: matching.name })}
              onClick={() => void remove(matching)}
            >
              {t('clients.views.delete')}
            </button>
          ) : (
            <button type="button" className="button button--secondary button--small" onClick={() => setSaving(true)}>
              {t('clients.views.saveCurrent')}
            </button>
          )}
        </>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
