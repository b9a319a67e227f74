import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recurrence, Task } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';

export interface TaskFormat {
  /** "Mar 31, 2026 · 9:30 AM", "Mar 31, 2026", or "No due date". */
  due(task: Pick<Task, 'dueOn' | 'dueTime'>): string;
  /** A calendar day, e.g. "Mar 31, 2026". */
  day(isoDay: string): string;
  /** "Repeats weekly", "Repeats every 2 months". */
  repeats(recurrence: Recurrence): string;
}

/** Due dates, times and repeat rules in the interface language. */
export function useTaskFormat(): TaskFormat {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(
    () => ({
      due: ({ dueOn, dueTime }) => {
        if (!dueOn) return t('tasks.due.none');
        const day = format.day(dueOn);
        return dueTime ? t('tasks.due.dayAndTime', { day, time: format.time(dueTime) }) : day;
      },
      day: (isoDay) => format.day(isoDay),
      repeats: ({ frequency, interval }) => t(`tasks.repeats.${frequency}`, { count: interval }),
    }),
    [t, format],
  );
}
