import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** `danger` (the default) for actions that replace or remove data; `primary` for ones that do not. */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An in-page confirmation for actions that replace data. Not a modal: it sits next to what it
 * confirms, takes focus so Enter/Escape answer it, and needs no script-injected styles.
 */
export function ConfirmPanel({ title, children, confirmLabel, cancelLabel, busy = false, tone = 'danger', onConfirm, onCancel }: Props) {
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      className="confirm-panel"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <h3 id={titleId} className="confirm-panel__title">
        {title}
      </h3>
      <div className="confirm-panel__body">{children}</div>
      <div className="button-row">
        <button ref={confirmRef} type="button" className={`button button--${tone}`} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
