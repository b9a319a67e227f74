import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { useKeyShortcut } from '../../components/use-key-shortcut';
import { orNull, useEditForm } from '../client-page/use-edit-form';
import { ClientPicker, type ClientChoice } from '../../components/form/client-picker';
import { todayIso } from '../client-page/dates';
import './tasks.css';

/** Opens the quick-add from anywhere in the app (not while typing); shown on the My day button. */
export const quickAddKey = 't';

const QuickAddContext = createContext<(() => void) | null>(null);
const ClientOnScreenContext = createContext<((client: ClientChoice | null) => void) | null>(null);

/** Opens the quick-add; null outside the provider (a screen rendered on its own). */
export function useOpenQuickAdd(): (() => void) | null {
  return useContext(QuickAddContext);
}

/**
 * Says which household the screen shows (a client page), so a task added with T while it is
 * open is about that household unless the person clears it. Pass null while it is still loading.
 */
export function useClientOnScreen(client: ClientChoice | null): void {
  const setClientOnScreen = useContext(ClientOnScreenContext);
  const id = client?.id;
  const name = client?.name;
  useEffect(() => {
    if (!setClientOnScreen || id === undefined || name === undefined) return;
    setClientOnScreen({ id, name });
    return () => setClientOnScreen(null);
  }, [setClientOnScreen, id, name]);
}

/** Adds the T shortcut and the quick-add panel to everything inside it (the app shell). */
export function QuickAddProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [clientOnScreen, setClientOnScreen] = useState<ClientChoice | null>(null);
  /** Where focus was when the panel opened; it goes back there when the panel closes. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const openPanel = useCallback(() => {
    if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  // Once the dialog is gone (the page is no longer inert behind it), focus goes back.
  useEffect(() => {
    if (open) return;
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  }, [open]);
  useKeyShortcut(quickAddKey, () => {
    if (!open) openPanel();
  });
  return (
    <QuickAddContext value={openPanel}>
      <ClientOnScreenContext value={setClientOnScreen}>
        {children}
        {open && <QuickAddPanel initialClient={clientOnScreen} onClose={close} />}
      </ClientOnScreenContext>
    </QuickAddContext>
  );
}

/** Title, client, assignee and due date: enough to get a task out of one's head. Enter saves, Escape closes. */
function QuickAddPanel({ initialClient, onClose }: { initialClient: ClientChoice | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const titleId = useId();
  const { currentUser, members } = useCurrentUser();
  const [client, setClient] = useState<ClientChoice | null>(initialClient);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // A modal dialog: the rest of the window is inert while it is open, so Tab stays inside.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    titleRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const form = useEditForm({
    initial: { title: '', clientId: initialClient?.id ?? '', assigneeId: currentUser?.id ?? '', dueOn: todayIso() },
    labels: {
      title: t('tasks.fields.title'),
      clientId: t('tasks.fields.client'),
      assigneeId: t('tasks.fields.assignee'),
      dueOn: t('tasks.fields.dueOn'),
    },
    schema: contract['tasks:create'].input,
    toInput: (values) => ({
      title: values.title,
      clientId: orNull(values.clientId),
      assigneeId: values.assigneeId,
      dueOn: orNull(values.dueOn),
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('tasks:create', input),
    onSuccess: (task) => {
      notify(t('tasks.quickAdd.added', { title: task.title }));
      onClose();
    },
  });

  return (
    <dialog
      ref={dialogRef}
      className="quick-add"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: closing is the screen's decision (focus goes back where it was).
        event.preventDefault();
        if (!form.busy) onClose();
      }}
    >
      <form
        className="form"
        aria-busy={form.busy}
        noValidate
        onSubmit={form.onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            if (!form.busy) onClose();
          }
        }}
      >
        <h2 id={titleId} className="card__title">
          {t('tasks.quickAdd.title')}
        </h2>
        {!currentUser && <p className="task-needs-user">{t('tasks.needUser')}</p>}
        {form.formError ? <ErrorMessage error={form.formError} /> : null}
        <TextField {...form.field('title')} ref={titleRef} autoComplete="off" aria-required="true" />
        <ClientPicker
          label={form.field('clientId').label}
          name="clientId"
          value={client}
          error={form.errors.clientId}
          hint={t('tasks.quickAdd.clientHint')}
          onChange={(next) => {
            setClient(next);
            form.setValue('clientId', next?.id ?? '');
          }}
        />
        <div className="quick-add__row">
          <SelectField {...form.field('assigneeId')} options={members.map((member) => ({ value: member.id, label: member.name }))} />
          <TextField {...form.field('dueOn')} type="date" />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={form.busy || !currentUser}>
            {form.busy ? t('tasks.quickAdd.saving') : t('tasks.quickAdd.save')}
          </button>
          <button type="button" className="button button--secondary" disabled={form.busy} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <span className="quick-add__keys">{t('tasks.quickAdd.keys')}</span>
        </div>
      </form>
    </dialog>
  );
}
