import type { FormEvent, ReactNode, Ref } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ErrorMessage } from '../error-message';
import './form.css';

interface Props {
  ref?: Ref<HTMLFormElement>;
  title: string;
  description?: ReactNode;
  busy: boolean;
  /** Holds the submit button back while something else has to be answered first. */
  submitDisabled?: boolean;
  formError: unknown;
  /** Offered when saving was refused because someone changed the record since the form opened: shows it afresh. */
  onReload?: () => void;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}

/** The form's own failure, brought into view when it appears: the Save button may be far below it. */
function FormErrorMessage(props: Parameters<typeof ErrorMessage>[0]) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block body: newer browsers return a promise from scrollIntoView, which React would take for a clean-up.
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [props.error]);
  return (
    <div ref={ref}>
      <ErrorMessage {...props} />
    </div>
  );
}

/**
 * An inline form panel: titled, closes on Escape, submits on Enter (a real form), and shows a
 * failure that is not about one field above the fields.
 */
export function PanelForm({
  ref,
  title,
  description,
  busy,
  submitDisabled = false,
  formError,
  onReload,
  submitLabel,
  busyLabel,
  cancelLabel,
  onSubmit,
  onCancel,
  children,
  className,
}: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <form
      ref={ref}
      className={`form-panel form${className ? ` ${className}` : ''}`}
      noValidate
      aria-labelledby={titleId}
      aria-busy={busy}
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <div>
        <h2 id={titleId} className="form-panel__title">
          {title}
        </h2>
        {description && <p className="card__description form-panel__description">{description}</p>}
      </div>
      {formError ? (
        <FormErrorMessage
          error={formError}
          {...(onReload &&
            formError instanceof ApiError &&
            formError.code === 'CONFLICT' && { onRetry: onReload, retryLabel: t('common.reload') })}
        />
      ) : null}
      {children}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy || submitDisabled}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
