import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The screen's heading; also names the window so the task switcher and history say where you are. */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.windowTitle', { screen: title });
  }, [t, title]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1 className="page-header__title">{title}</h1>
        {description && <p className="page-header__description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
