import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/model';
import { StatusBar } from './status-bar';

/** The frame for screens shown before the app proper (first run, read-only): no navigation. */
export function StandaloneLayout({ status, children }: { status: AppStatus; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="standalone">
      <header className="standalone__brand">
        <span className="brand-mark" aria-hidden="true">
          {/* eslint-disable-next-line i18next/no-literal-string -- the logo's letter, a drawing hidden from screen readers, not a word */}
          {'C'}
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </header>
      <main className="standalone__main" id="main-content" tabIndex={-1}>
        {children}
      </main>
      <StatusBar status={status} />
    </div>
  );
}
