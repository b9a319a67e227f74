import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses, type RequestRow, type RequestStatus } from '../../../shared/model';
import { useRequestName } from './request-flags';

/** What a request's card on the board and its row in the list offer: open it, or move it to another status. */
export function RequestActions({
  row,
  className,
  onOpen,
  onMove,
}: {
  row: RequestRow;
  className: string;
  onOpen: (id: string) => void;
  onMove: (row: RequestRow, status: RequestStatus) => void;
}) {
  const { t } = useTranslation();
  const requestName = useRequestName();
  return (
    <div className={className}>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={t('requests.openNamed', { name: requestName(row) })}
        data-opens-request={row.request.id}
        onClick={() => onOpen(row.request.id)}
      >
        {t('requests.open')}
      </button>
      <MoveMenu row={row} onMove={onMove} />
    </div>
  );
}

/**
 * "Move to…": a button that opens the other statuses as buttons, so a request changes column by
 * keyboard as easily as by mouse. Escape or leaving the group closes it.
 */
function MoveMenu({ row, onMove }: { row: RequestRow; onMove: (row: RequestRow, status: RequestStatus) => void }) {
  const { t } = useTranslation();
  const requestName = useRequestName();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const name = requestName(row);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  };

  return (
    <div
      className="rq-move"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close(true);
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('requests.move.label', { name })}
        onClick={() => setOpen((was) => !was)}
      >
        {t('requests.move.button')}
      </button>
      {open && (
        <ul id={listId} className="rq-move__list" aria-label={t('requests.move.label', { name })}>
          {requestStatuses
            .filter((status) => status !== row.request.status)
            .map((status, index) => (
              <li key={status}>
                <button
                  type="button"
                  className="rq-move__option"
                  // The first choice takes focus so the arrow-free list is usable straight from the keyboard.
                  autoFocus={index === 0}
                  onClick={() => {
                    close(true);
                    onMove(row, status);
                  }}
                >
                  {t(`requests.statuses.${status}`)}
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
