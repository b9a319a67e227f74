import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/error-boundary';
import type { ClientChoice } from '../../components/form/client-picker';
import { lazyScreen } from '../../components/lazy-screen';
import { useKeyShortcut } from '../../components/use-key-shortcut';
import './tasks.css';

// The form and the schemas it checks with are fetched the first time the panel opens, so the first
// screen loads neither; until they arrive the panel shows its loading line.
const QuickAddForm = lazyScreen(() => import('./quick-add-form').then((form) => form.QuickAddForm));

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

/** The quick-add dialog: its frame opens at once, the form inside it when its code has arrived. */
function QuickAddPanel({ initialClient, onClose }: { initialClient: ClientChoice | null; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  // A modal dialog: the rest of the window is inert while it is open, so Tab stays inside.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Until the form arrives, keys go to the frame (and are dropped there), not to the page behind.
    if (!dialog?.contains(document.activeElement)) dialog?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="quick-add"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: closing is the screen's decision (focus goes back where it was).
        event.preventDefault();
        if (!busy) onClose();
      }}
      tabIndex={-1}
      onKeyDown={(event) => {
        // The page behind is inert: its one-key shortcuts (N, /) must not act on keys typed here.
        if (!event.altKey && !event.ctrlKey && !event.metaKey) event.stopPropagation();
        if (event.key !== 'Escape') return;
        // Escape anywhere in the panel closes it, also while the form is still loading; an open client list takes the first one.
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="card__title">
        {t('tasks.quickAdd.title')}
      </h2>
      <ErrorBoundary scope="screen">
        <QuickAddForm initialClient={initialClient} onClose={onClose} onBusyChange={setBusy} />
      </ErrorBoundary>
    </dialog>
  );
}
