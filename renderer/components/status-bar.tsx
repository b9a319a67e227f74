import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/model';
import { Badge, type BadgeTone } from './badge';
import { NoticeRegion } from './notices';

const modeTone: Record<AppStatus['mode'], BadgeTone> = { ready: 'success', 'needs-setup': 'info', 'read-only': 'warning' };

/** The bottom line: where the data lives and whether Clientbook may write to it. */
export function StatusBar({ status }: { status: Pick<AppStatus, 'dataDir' | 'mode'> }) {
  const { t } = useTranslation();
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-bar__item">
        <span className="status-bar__key">{t('status.dataDir')}</span>
        <code className="status-bar__path" title={status.dataDir}>
          {status.dataDir}
        </code>
      </span>
      <span className="status-bar__item">
        <span className="status-bar__key">{t('status.mode')}</span>
        <Badge tone={modeTone[status.mode]}>{t(`status.modes.${status.mode}`)}</Badge>
      </span>
      <NoticeRegion />
    </footer>
  );
}
