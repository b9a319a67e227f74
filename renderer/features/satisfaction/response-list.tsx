import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { npsCategory } from '../../../shared/domain/satisfaction';
import type { Survey, SurveyRow } from '../../../shared/model';
import { Badge, type BadgeTone } from '../../components/badge';
import { useFormatters } from '../../i18n/format';

const categoryTone = { promoter: 'success', passive: 'muted', detractor: 'warning' } as const satisfies Record<string, BadgeTone>;

/** NPS with its category in words ("NPS 9 · Promoter") and CSAT out of 5: never colour alone. */
export function ScoreBadges({ survey }: { survey: Pick<Survey, 'nps' | 'csat'> }) {
  const { t } = useTranslation();
  return (
    <span className="sat-scores">
      {survey.nps !== null && (
        <Badge tone={categoryTone[npsCategory(survey.nps)]}>
          {t('satisfaction.score.npsBadge', {
            score: survey.nps,
            category: t(`satisfaction.score.categories.${npsCategory(survey.nps)}`),
          })}
        </Badge>
      )}
      {survey.csat !== null && (
        <Badge tone={survey.csat >= 4 ? 'success' : survey.csat <= 2 ? 'warning' : 'muted'}>
          {t('satisfaction.score.csatBadge', { score: survey.csat })}
        </Badge>
      )}
    </span>
  );
}

/** Responses, newest first: scores, who and when, and what they said. */
export function ResponseList({
  rows,
  label,
  showClient,
  action,
}: {
  rows: readonly SurveyRow[];
  label: string;
  /** Off on the client's own page, where the household goes without saying. */
  showClient: boolean;
  /** Something to do about one response (e.g. create its follow-up task). */
  action?: (row: SurveyRow) => ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <ul className="sat-responses" aria-label={label}>
      {rows.map((row) => (
        <li key={row.survey.id} className="sat-response">
          <p className="sat-response__head">
            <ScoreBadges survey={row.survey} />
            {showClient && <Link to={`/clients/${row.survey.clientId}`}>{row.clientName}</Link>}
            <span className="sat-response__meta">
              {[
                row.personName ?? t('satisfaction.response.household'),
                t('satisfaction.response.onVia', {
                  date: fmt.day(row.survey.on),
                  channel: t(`satisfaction.response.channels.${row.survey.channel}`),
                }),
              ].join(' · ')}
            </span>
          </p>
          {row.survey.comment && <p className="sat-response__comment">{row.survey.comment}</p>}
          {action?.(row)}
        </li>
      ))}
    </ul>
  );
}
