import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { skipToken, useQuery } from '../../api/use-query';
import { Field } from './field';

export interface ClientChoice {
  id: string;
  name: string;
  /** The household's primary manager, when the choice came from the list (forms default an owner from it). */
  managerId?: string;
}

/** How many matches the list offers; more typing narrows it. */
const shownMatches = 8;

interface Props {
  label: string;
  /** The form field's name, so a message about it can move focus here. */
  name: string;
  value: ClientChoice | null;
  onChange: (client: ClientChoice | null) => void;
  error?: string | undefined;
  hint?: string;
}

/**
 * A household picked by typing part of its name (a combobox): ↑/↓ move through the matches, Enter
 * takes one, Escape closes the list. Clearing the text means "no client".
 */
export function ClientPicker({ label, name, value, onChange, error, hint }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const term = text.trim();
  const searching = open && term !== '' && term !== value?.name;
  const clients = useQuery('clients:list', searching ? { search: term } : skipToken);
  const matches = (clients.data ?? []).slice(0, shownMatches);
  const active = matches[Math.min(activeIndex, matches.length - 1)];

  const choose = (client: ClientChoice | null) => {
    onChange(client);
    setText(client?.name ?? '');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!searching) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => Math.max(0, Math.min(matches.length - 1, index + step)));
    } else if (event.key === 'Enter' && active) {
      // Enter takes the highlighted match instead of submitting the form.
      event.preventDefault();
      choose({ id: active.id, name: active.name, managerId: active.primaryManagerId });
    } else if (event.key === 'Escape') {
      // Close the list only; a second Escape reaches the form or dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <div className="client-picker">
          <input
            {...control}
            name={name}
            className="input"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={searching}
            aria-controls={listId}
            aria-activedescendant={searching && active ? `${listId}-${active.id}` : undefined}
            placeholder={t('clientPicker.placeholder')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActiveIndex(0);
              setOpen(true);
              if (value) onChange(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          {searching && (
            <ul id={listId} role="listbox" className="client-picker__list" aria-label={t('clientPicker.matches')}>
              {matches.map((client) => (
                <li
                  key={client.id}
                  id={`${listId}-${client.id}`}
                  role="option"
                  aria-selected={client.id === active?.id}
                  className="client-picker__option"
                  // Keep focus in the box so the click lands before the list closes.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose({ id: client.id, name: client.name, managerId: client.primaryManagerId })}
                >
                  <span>{client.name}</span>
                  <span className="text-muted">{client.primaryManagerName}</span>
                </li>
              ))}
              {clients.data !== undefined && matches.length === 0 && (
                <li role="presentation" className="client-picker__note">
                  {t('clientPicker.noMatch')}
                </li>
              )}
              {clients.data === undefined && (
                <li role="presentation" className="client-picker__note">
                  {t('clientPicker.searching')}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
