import { useTranslation } from 'react-i18next';
import { useDescribeError } from './use-describe-error';

/** A failed call, said plainly, with an optional way to try again (labelled "Try again" unless `retryLabel` says otherwise). */
export function ErrorMessage({ error, onRetry, retryLabel }: { error: unknown; onRetry?: () => void; retryLabel?: string }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  return (
    <div role="alert" className="alert">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {retryLabel ?? t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
