import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';
import { describeError, describeReason, type Reason } from './describe-error';

/**
 * `describeError` for this screen: in the reader's language, with days, times and amounts the
 * firm's way. What every toast, notice and alert that says why a call failed uses.
 */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback((error: unknown) => describeError(error, t, format), [t, format]);
}

/** `describeReason` for this screen: an imported row's reason or a field's issue, in the reader's language and the firm's way. */
export function useDescribeReason(): (reason: Reason) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback((reason: Reason) => describeReason(reason, t, format), [t, format]);
}
