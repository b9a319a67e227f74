import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';

/** Numbers and period names as the satisfaction screens say them: "+42", "87%", "Mar 2026", "Q1 2026". */
export function useSatisfactionFormat() {
  const { t } = useTranslation();
  // Months and figures the firm's way (its locale), whatever language the interface speaks.
  const fmt = useFormatters();
  return useMemo(() => {
    const none = t('satisfaction.score.none');
    return {
      /** A trend point's key (`2026-03`, `2026-Q1`, `2026`, `rolling-90`) as a period name. */
      period(key: string): string {
        const month = /^(\d{4})-(\d{2})$/.exec(key);
        if (month) return fmt.month(key);
        const quarter = /^(\d{4})-Q(\d)$/.exec(key);
        if (quarter) return t('satisfaction.period.quarterName', { quarter: quarter[2], year: quarter[1] });
        if (key === 'rolling-90') return t('satisfaction.period.rolling90');
        return key;
      },
      // NPS runs from −100 to +100, so the sign is part of the figure.
      nps: (value: number | null) => (value === null ? none : fmt.signedNumber(value)),
      /** A share out of 100 (CSAT, response rate) as a whole percent. */
      percent: (value: number | null) =>
        value === null ? none : t('satisfaction.score.csatPercent', { value: fmt.number(Math.round(value)) }),
      /** Shown where there is no figure (no answers). */
      none,
      count: fmt.number,
      day: fmt.day,
    };
  }, [t, fmt]);
}

export type SatisfactionFormat = ReturnType<typeof useSatisfactionFormat>;
