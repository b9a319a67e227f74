import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
// The editor's checkbox and fieldsets come from the client page's forms, and so does their look.
import { TemplateEditor } from './template-editor';
import './workflows.css';

/** What the editor is open on: a new template, one by id, or nothing. */
type Editing = { mode: 'new' } | { mode: 'edit'; id: string } | null;

/** Settings → Workflows (`#/settings/workflows`): the templates, and an editor for one. */
export function WorkflowTemplatesScreen() {
  const { t } = useTranslation();
  const templates = useQuery('workflows:templates', { includeInactive: true });
  const team = useQuery('team:list', { includeInactive: true });
  const [editing, setEditing] = useState<Editing>(null);
  const list = templates.data;
  const editedTemplate = editing?.mode === 'edit' ? (list?.find((template) => template.id === editing.id) ?? null) : null;

  return (
    <>
      <p className="wf-crumbs">
        <Link to="/settings">{t('workflows.backToSettings')}</Link>
      </p>
      <PageHeader
        title={t('workflows.title')}
        description={t('workflows.description')}
        actions={
          editing === null && (
            <button type="button" className="button button--primary" onClick={() => setEditing({ mode: 'new' })}>
              {t('workflows.new')}
            </button>
          )
        }
      />
      <div className="stack">
        {editing && (editing.mode === 'new' || editedTemplate) && (
          <TemplateEditor
            key={editing.mode === 'new' ? 'new' : editing.id}
            template={editedTemplate}
            members={team.data ?? []}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              templates.reload();
            }}
          />
        )}
        {templates.error ? <ErrorMessage error={templates.error} onRetry={templates.reload} /> : null}
        {list === undefined ? (
          templates.error ? null : (
            <Loading label={t('workflows.loading')} />
          )
        ) : list.length === 0 ? (
          editing === null && (
            <EmptyState
              title={t('workflows.empty.title')}
              actions={
                <button type="button" className="button button--primary" onClick={() => setEditing({ mode: 'new' })}>
                  {t('workflows.new')}
                </button>
              }
            >
              <p>{t('workflows.empty.body')}</p>
            </EmptyState>
          )
        ) : (
          <table className="data-table" aria-label={t('workflows.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('workflows.columns.name')}</th>
                <th scope="col">{t('workflows.columns.steps')}</th>
                <th scope="col">{t('workflows.columns.status')}</th>
                <th scope="col" className="actions">
                  {t('workflows.columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((template) => (
                <tr key={template.id} className={template.active ? undefined : 'is-inactive'}>
                  <td>
                    <span className="cell-primary">{template.name}</span>
                    {template.description && <span className="cell-secondary">{template.description}</span>}
                  </td>
                  <td>{t('workflows.steps', { count: template.steps.length })}</td>
                  <td>
                    {template.active ? (
                      <Badge tone="success">{t('workflows.active')}</Badge>
                    ) : (
                      <Badge tone="muted">{t('workflows.inactive')}</Badge>
                    )}
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t('workflows.editNamed', { name: template.name })}
                      onClick={() => setEditing({ mode: 'edit', id: template.id })}
                    >
                      {t('workflows.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
