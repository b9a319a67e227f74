import type { TFunction } from 'i18next';
import { answerConfidence } from '../../../../shared/domain/satisfaction';

/** One figure a chart or table shows: its measure's name (NPS, CSAT) and how many answered that measure. */
export interface MeasureAnswers {
  measure: string;
  answers: number;
}

/** Whether a figure rests on some answers, but fewer than the confidence threshold. */
export function isLowConfidence(answers: number): boolean {
  return answerConfidence(answers) === 'low';
}

/** Whether any of the figures shown rests on too few answers: the note explaining the lighter drawing applies. */
export function anyLowConfidence(measures: readonly MeasureAnswers[]): boolean {
  return measures.some((shown) => isLowConfidence(shown.answers));
}

/**
 * What a table row says of its figures' confidence: nothing when each rests on enough answers,
 * "No answers" or "Low confidence" when all are alike, else each measure that falls short by name.
 */
export function confidenceText(measures: readonly MeasureAnswers[], t: TFunction): string {
  const levels = measures.map((shown) => answerConfidence(shown.answers));
  if (levels.every((level) => level === 'enough')) return '';
  if (levels.every((level) => level === levels[0])) return t(`satisfaction.confidence.${levels[0] === 'none' ? 'none' : 'low'}`);
  return measures
    .flatMap((shown, index) =>
      levels[index] === 'enough'
        ? []
        : [t(`satisfaction.confidence.${levels[index] === 'none' ? 'measureNone' : 'measureLow'}`, { measure: shown.measure })],
    )
    .join('; ');
}
