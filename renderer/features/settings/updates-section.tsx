import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdatesSetting } from '../../../shared/contract';
import { useApi } from '../../api/api-context';
import { isDesktopApp } from '../../api/desktop';
import { useAction } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';

/**
 * Whether this computer updates Clientbook itself (desktop only: the browser version is updated
 * with the computer that serves it). Where the IT provider's policy decides, it shows as off and
 * cannot be changed here.
 */
export function UpdatesSection() {
  return isDesktopApp() ? <UpdatesCard /> : null;
}

function UpdatesCard() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [setting, setSetting] = useState<UpdatesSetting | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const save = useAction((automatic: boolean) => api.invoke('updates:configure', { automatic }), {
    notice: (saved) => (saved.automatic ? t('settings.updates.turnedOn') : t('settings.updates.turnedOff')),
  });

  useEffect(() => {
    let current = true;
    api.invoke('updates:setting').then(
      (answer) => current && setSetting(answer),
      (failure: unknown) => current && setLoadError(failure),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const choose = async (automatic: boolean) => {
    const result = await save.run(automatic);
    if (result.ok) setSetting(result.value);
  };

  const decided = setting?.decidedBy ?? null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('settings.updates.title')}
      </h2>
      <p className="card__description">{t('settings.updates.body')}</p>
      {loadError ? <ErrorMessage error={loadError} /> : null}
      {save.error ? <ErrorMessage error={save.error} /> : null}
      {setting && (
        <div className="form-check">
          <input
            id={id}
            type="checkbox"
            checked={setting.automatic}
            disabled={decided !== null || save.busy}
            aria-describedby={decided ? `${id}-hint` : undefined}
            onChange={(event) => void choose(event.target.checked)}
          />
          <label htmlFor={id}>{t('settings.updates.automatic')}</label>
          {decided && (
            <p id={`${id}-hint`} className="field__hint form-check__hint">
              {decided === 'policy' ? t('settings.updates.managedByIt') : t('settings.updates.developerRun')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
