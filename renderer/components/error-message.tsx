import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

/** A failed call, said plainly, with an optional way to try again. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert">
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
