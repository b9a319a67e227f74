import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/model';
import { Badge, type BadgeTone } from './badge';
import { NoticeRegion } from './notices';

const modeTone: Record<AppStatus['mode'], BadgeTone> = {
  ready: 'success',
  'needs-setup': 'info',
  'read-only': 'warning',
  'office-sign-in': 'info',
};

/** The bottom line: where the book lives (data folder or office database) and whether Clientbook may write to it. */
export function StatusBar({ status }: { status: Pick<AppStatus, 'dataDir' | 'mode' | 'office'> }) {
  const { t } = useTranslation();
  const { office } = status;
  const where = office
    ? t('status.officeWhere', { database: office.database, server: office.server, login: office.login })
    : status.dataDir;
  const unreachable = office?.reachable === false && status.mode !== 'office-sign-in';
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-bar__item">
        <span className="status-bar__key">{office ? t('status.office') : t('status.dataDir')}</span>
        <code className="status-bar__path" title={where}>
          {where}
        </code>
      </span>
      <span className="status-bar__item">
        <span className="status-bar__key">{t('status.mode')}</span>
        {unreachable ? (
          <Badge tone="warning">{t('status.modes.unreachable')}</Badge>
        ) : (
          <Badge tone={modeTone[status.mode]}>
            {status.mode === 'office-sign-in' ? t('officeConnect.statusMode') : t(`status.modes.${status.mode}`)}
          </Badge>
        )}
      </span>
      <NoticeRegion />
    </footer>
  );
}
