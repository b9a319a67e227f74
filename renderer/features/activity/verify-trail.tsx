import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerdict } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';

/** The verdict in plain words: all entries check out, or the first one that does not and why. */
export function useVerdictText(): (verdict: AuditVerdict) => string {
  const { t } = useTranslation();
  const problemText = (problem: Extract<AuditVerdict, { ok: false }>['problem']): string => {
    const { entry, reason, through } = problem;
    switch (reason) {
      case 'edited':
        return t('activity.verify.edited', { entry });
      case 'removed':
        return through === undefined
          ? t('activity.verify.removed', { entry })
          : t('activity.verify.removedEnd', { entry, through, count: through - entry + 1 });
      case 'added':
        if (through !== undefined) return t('activity.verify.addedUnbacked', { entry, through, count: through - entry + 1 });
        // Entries after the last one Clientbook wrote; when that is none, there is no number to name.
        return t('activity.verify.added', { after: entry - 1, context: entry === 1 ? 'first' : undefined });
      case 'out-of-order':
        return t('activity.verify.out-of-order', { entry });
      case 'rewritten':
        return through === undefined || through === entry
          ? t('activity.verify.rewrittenOne', { entry })
          : t('activity.verify.rewritten', { entry, through });
    }
  };
  return (verdict) => {
    if (verdict.ok) return verdict.entries === 0 ? t('activity.verify.none') : t('activity.verify.ok', { count: verdict.entries });
    const text = problemText(verdict.problem);
    return verdict.problem.trail === 'moved' ? t('activity.verify.inMovedTrail', { problem: text }) : text;
  };
}

/** "Check the trail": asks the backend to verify the hash chain and says what it found. */
export function VerifyTrail() {
  const { t } = useTranslation();
  const verdictText = useVerdictText();
  const verify = useMutation('audit:verify');
  const { busy, error } = verify;
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const hintId = useId();

  const check = async () => {
    if (busy) return;
    setVerdict(null);
    const result = await verify.run();
    if (result.ok) setVerdict(result.value);
  };

  return (
    <div className="act-verify">
      <div className="act-verify__row">
        {/* Not `disabled` while checking, so focus stays on it; a second press is ignored. */}
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={busy}
          aria-describedby={hintId}
          onClick={() => void check()}
        >
          {t('activity.verify.button')}
        </button>
        <p id={hintId} className="text-muted act-verify__hint">
          {t('activity.verify.hint')}
        </p>
      </div>
      {busy && <Loading label={t('activity.verify.busy')} />}
      {/* Always present, so screen readers announce the verdict when it appears. */}
      <div role="status" className="act-verify__verdict">
        {verdict &&
          (verdict.ok ? (
            <p className="verified verified--ok">
              <span aria-hidden="true">✓ </span>
              {verdictText(verdict)}
            </p>
          ) : (
            <>
              <p className="verified verified--bad">
                <span aria-hidden="true">✗ </span>
                {verdictText(verdict)}
              </p>
              <p>{t('activity.verify.next')}</p>
            </>
          ))}
      </div>
      {error ? <ErrorMessage error={error} onRetry={check} /> : null}
    </div>
  );
}
