import { useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { isDesktopApp } from '../../api/desktop';
import { useAction } from '../../api/use-mutation';
import type { DesktopFileKind } from '../../../shared/model/app';
import { ErrorMessage } from '../error-message';
import { TextField } from './text-field';

/** Lets a form put the keyboard on the field when it is wrong: the "Choose…" button on the desktop, the text box in a browser. */
export interface PathFieldHandle {
  focus: () => void;
}

interface Props {
  label: string;
  /** What is chosen: a folder (the default), or a backup or whole-book export file. */
  pick?: 'folder' | DesktopFileKind;
  /** The path as the form holds it; empty when none is chosen yet. */
  value: string;
  onChange: (path: string) => void;
  error?: string | undefined;
  /** The text box's name in a browser, the button's on the desktop: `form.elements.namedItem(name)` finds either. */
  name?: string;
  /** Said under the text box in a browser; by default, that the folder or file is on the computer running Clientbook. */
  hint?: ReactNode;
  disabled?: boolean;
  ref?: Ref<PathFieldHandle>;
}

/**
 * A folder or file on the computer running Clientbook. In the desktop app: the path, read-only, and
 * "Choose folder…" / "Choose file…" (the system dialog through `desktop:chooseFolder` or
 * `desktop:chooseFile`). In a browser tab, where no dialog can reach that computer: a text box for
 * the path, with a hint saying whose disk it is on.
 */
export function PathField({ label, pick = 'folder', value, onChange, error, name = 'folder', hint, disabled = false, ref }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const desktop = isDesktopApp();
  const words = pick === 'folder' ? 'form.folder' : 'form.file';
  const chooseDialog = useAction(async () =>
    pick === 'folder' ? (await api.invoke('desktop:chooseFolder')).folder : (await api.invoke('desktop:chooseFile', { kind: pick })).file,
  );
  const { busy: choosing, error: chooseError } = chooseDialog;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const labelId = `${id}-label`;
  const pathId = `${id}-path`;
  const errorId = `${id}-error`;

  useImperativeHandle(ref, () => ({ focus: () => (desktop ? buttonRef.current : inputRef.current)?.focus() }), [desktop]);

  if (!desktop) {
    return (
      <TextField
        ref={inputRef}
        name={name}
        label={label}
        hint={hint ?? t(`${words}.hint`)}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={value}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }

  const choose = async () => {
    const result = await chooseDialog.run();
    // Null: the dialog was cancelled, and the path stays as it was.
    if (result.ok && result.value !== null) onChange(result.value);
  };

  return (
    <div className={`field${error ? ' field--invalid' : ''}`} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field__label">
        {label}
      </span>
      <code id={pathId} className="path-box path-field__path">
        {value || t(`${words}.none`)}
      </code>
      <div className="button-row">
        <button
          ref={buttonRef}
          // Named like the text box, so a form finds what to focus with `elements.namedItem(name)` in either mode.
          name={name}
          type="button"
          className="button button--secondary button--small"
          disabled={disabled || choosing}
          aria-describedby={error ? `${pathId} ${errorId}` : pathId}
          onClick={() => void choose()}
        >
          {t(`${words}.choose`)}
        </button>
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {chooseError ? <ErrorMessage error={chooseError} /> : null}
    </div>
  );
}
