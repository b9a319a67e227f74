import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '../../shared/contract';
import { useApi } from '../api/api-context';
import { isDesktopApp } from '../api/desktop';
import { useAction } from '../api/use-mutation';
import { useDescribeError } from './use-describe-error';

export type WrittenFileAction = 'open' | 'showInFolder';

interface Props {
  /** The file by what the backend knows it by; the desktop app finds its place itself. */
  file: WrittenFile;
  actions?: readonly WrittenFileAction[];
  /** Each button's accessible name, beginning with its visible words (WCAG 2.5.3). */
  named: (action: WrittenFileAction) => string;
  /** A batch opens as its folder: its Open button says so. */
  folder?: boolean;
  disabled?: boolean;
  /** Set out as a row of their own (below a result), rather than among a table row's actions. */
  row?: boolean;
}

/**
 * "Open" and "Show in folder" for a file Clientbook wrote. Desktop only: a browser tab cannot reach
 * the file manager of the computer Clientbook runs on, so there it shows nothing.
 */
export function WrittenFileButtons({
  file,
  actions = ['open', 'showInFolder'],
  named,
  folder = false,
  disabled = false,
  row = false,
}: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const describeError = useDescribeError();
  const act = useAction((action: WrittenFileAction) => api.invoke(action === 'open' ? 'files:open' : 'files:showInFolder', file), {
    failureNotice: describeError,
  });
  if (!isDesktopApp()) return null;
  const buttons = (
    <>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className="button button--ghost button--small"
          disabled={disabled || act.busy}
          aria-label={named(action)}
          onClick={() => void act.run(action)}
        >
          {action === 'open' ? t(folder ? 'writtenFile.openFolder' : 'writtenFile.open') : t('writtenFile.showInFolder')}
        </button>
      ))}
    </>
  );
  return row ? <div className="button-row">{buttons}</div> : buttons;
}
