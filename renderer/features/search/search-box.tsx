import { useCallback, useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../../shared/bridge';
import type { SearchHit } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { useKeyShortcut } from '../../components/use-key-shortcut';
import { useJumpCommands, type JumpCommand } from './use-jump-commands';
import './search.css';

/** Opens the search box from any screen (not while typing in a field). */
export const searchKey = '/';

/** Clients listed at most; more typing narrows them. */
const shownClients = 8;

type Choice = { kind: 'client'; id: string; hit: SearchHit } | { kind: 'command'; id: string; command: JumpCommand };

/** The search button in the navigation and the box it opens; `/` opens it from anywhere. */
export function SearchLauncher() {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  /** Where focus was when the box opened; it goes back there when the box closes. */
  const returnFocus = useRef<HTMLElement | null>(null);
  /** What was chosen, done once focus is back: a new task's dialog then returns focus there in turn. */
  const afterClose = useRef<(() => void) | null>(null);
  const openBox = () => {
    if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    setOpen(true);
  };
  const openUnlessBusy = () => {
    // Not over another dialog (a new task being written): that one has the keyboard until it closes.
    if (!open && !document.querySelector('dialog[open]')) openBox();
  };
  useKeyShortcut(searchKey, openUnlessBusy);
  // Edit → Find (Ctrl/Cmd+F) in the desktop app.
  const onMenuCommand = useEffectEvent((menu: MenuCommand) => {
    if (menu.command === 'search') openUnlessBusy();
  });
  useEffect(() => api.onEvent(MENU_COMMAND_EVENT, onMenuCommand), [api]);
  const close = useCallback((then?: () => void) => {
    afterClose.current = then ?? null;
    setOpen(false);
  }, []);
  // Once the dialog is gone (the page is no longer inert behind it), focus goes back.
  useEffect(() => {
    if (open) return;
    const target = returnFocus.current;
    const then = afterClose.current;
    returnFocus.current = null;
    afterClose.current = null;
    if (target?.isConnected) target.focus();
    then?.();
  }, [open]);

  return (
    <>
      <button type="button" className="search-launcher" aria-keyshortcuts={searchKey} aria-haspopup="dialog" onClick={openBox}>
        <span className="search-launcher__icon" aria-hidden="true" />
        <span className="search-launcher__text">{t('search.open')}</span>
        <kbd className="search-launcher__key" aria-hidden="true">
          {searchKey}
        </kbd>
      </button>
      {open && <SearchDialog onClose={close} />}
    </>
  );
}

/**
 * A combobox in a modal dialog: what is typed searches clients (`search:clients`) and the screens
 * and actions; ↑/↓ move through the list, Enter opens the highlighted one, Escape closes.
 */
function SearchDialog({ onClose }: { onClose: (then?: () => void) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const listId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const term = text.trim();
  const found = useQuery('search:clients', term ? { text: term, limit: shownClients } : skipToken);
  const commands = useJumpCommands(term);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const hits = term ? (found.data?.hits ?? []) : [];
  const choices: Choice[] = [
    ...hits.map((hit): Choice => ({ kind: 'client', id: `client-${hit.clientId}`, hit })),
    ...commands.map((command): Choice => ({ kind: 'command', id: `command-${command.id}`, command })),
  ];
  const active = choices[Math.min(activeIndex, choices.length - 1)];
  const optionId = (choice: Choice) => `${listId}-${choice.id}`;

  const choose = (choice: Choice) =>
    onClose(choice.kind === 'client' ? () => void navigate(`/clients/${choice.hit.clientId}`) : choice.command.run);

  /**
   * Enter pressed while the matches for the newest letter are still on their way: the list on
   * screen is for the text before it, so the choice waits for the matches of what was typed.
   */
  const enterPending = useRef(false);
  const waitingForMatches = term !== '' && found.loading;
  const chooseActive = useEffectEvent(() => {
    if (active) choose(active);
  });
  useEffect(() => {
    if (!enterPending.current || waitingForMatches) return;
    enterPending.current = false;
    chooseActive();
  }, [waitingForMatches]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => Math.max(0, Math.min(choices.length - 1, index + step)));
    } else if (event.key === 'Home' || event.key === 'End') {
      // In a one-line box these would move the caret; the list is what the keys are for here.
      if (!event.shiftKey && choices.length > 0) {
        event.preventDefault();
        setActiveIndex(event.key === 'Home' ? 0 : choices.length - 1);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (waitingForMatches) enterPending.current = true;
      else if (active) choose(active);
    } else if (event.key === 'Escape') {
      // Handled here as well as by the dialog's cancel, which not every browser sends for a key in a field.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const clientChoices = choices.filter((choice) => choice.kind === 'client');
  const commandChoices = choices.filter((choice) => choice.kind === 'command');
  const total = term ? found.data?.total : undefined;
  const more = total !== undefined ? total - hits.length : 0;

  return (
    <dialog
      ref={dialogRef}
      className="search-box"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the launcher closes the box so focus goes back where it was.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="search-box__content">
        <h2 id={titleId} className="visually-hidden">
          {t('search.label')}
        </h2>
        <div className="search-box__field">
          <span className="search-launcher__icon search-box__icon" aria-hidden="true" />
          <input
            ref={inputRef}
            className="search-box__input"
            type="text"
            role="combobox"
            aria-label={t('search.label')}
            aria-autocomplete="list"
            aria-expanded={choices.length > 0}
            aria-controls={listId}
            aria-activedescendant={active ? optionId(active) : undefined}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActiveIndex(0);
              enterPending.current = false;
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        {found.error ? <ErrorMessage error={found.error} onRetry={found.reload} /> : null}
        <div id={listId} role="listbox" className="search-box__list" aria-label={t('search.results')}>
          {term !== '' && (
            <div role="group" aria-label={t('search.clients')} className="search-box__group">
              <div role="presentation" className="search-box__heading">
                {t('search.clients')}
              </div>
              {clientChoices.map((choice) => (
                <Option key={choice.id} id={optionId(choice)} selected={choice === active} onChoose={() => choose(choice)}>
                  {choice.kind === 'client' && <ClientOption hit={choice.hit} />}
                </Option>
              ))}
              {found.data === undefined && !found.error && (
                <div role="presentation" className="search-box__note">
                  {t('search.searching')}
                </div>
              )}
              {total === 0 && (
                <div role="presentation" className="search-box__note">
                  {t('search.noMatch')}
                </div>
              )}
              {more > 0 && (
                <div role="presentation" className="search-box__note">
                  {t('search.more', { count: more })}
                </div>
              )}
            </div>
          )}
          {commandChoices.length > 0 && (
            <div role="group" aria-label={t('search.commands')} className="search-box__group">
              <div role="presentation" className="search-box__heading">
                {t('search.commands')}
              </div>
              {commandChoices.map((choice) => (
                <Option key={choice.id} id={optionId(choice)} selected={choice === active} onChoose={() => choose(choice)}>
                  {choice.kind === 'command' && (
                    <>
                      <span className="search-box__name">{choice.command.label}</span>
                      <span className="search-box__detail">{t(`search.commandKind.${choice.command.kind}`)}</span>
                    </>
                  )}
                </Option>
              ))}
            </div>
          )}
        </div>
        <p className="search-box__keys" aria-hidden="true">
          {t('search.keys')}
        </p>
        <p className="visually-hidden" role="status">
          {total !== undefined && !found.loading ? t('search.count', { count: total }) : ''}
        </p>
      </div>
    </dialog>
  );
}

function Option({ id, selected, onChoose, children }: { id: string; selected: boolean; onChoose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Keep the highlighted option in view as the arrows move through a list taller than the box.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <div
      ref={ref}
      id={id}
      role="option"
      aria-selected={selected}
      className="search-box__option"
      // Keep focus in the box so the click lands before anything moves.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      {children}
    </div>
  );
}

function ClientOption({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const state = hit.archived ? 'archived' : hit.status === 'former' ? 'former' : hit.status === 'prospect' ? 'prospect' : null;
  const detail = hit.detail === null ? '' : t(`search.matchedOn.${hit.matchedOn}`, { detail: hit.detail });
  return (
    <>
      <span className="search-box__name">
        {hit.clientName}
        {state && <span className="search-box__state">{t(`search.state.${state}`)}</span>}
      </span>
      {detail && <span className="search-box__detail">{detail}</span>}
    </>
  );
}
