import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { suggestsFollowUp } from '../../../shared/domain/satisfaction';
import type { ClientDetail, Survey } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { useNotify } from '../../components/notices';
import {
  ClientResponsesChart,
  QueryResult,
  RecordRequestForm,
  RecordResponseForm,
  ResponseList,
  FollowUpButton,
  useFollowUp,
} from '../satisfaction';

/** How many of the household's responses the section reads; decades of yearly surveys fit. */
const responsesShown = 200;

/** The household's satisfaction answers over time, recording a new one or that one was asked for, and following up low scores. */
export function SatisfactionSection({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const responses = useQuery('surveys:list', { clientId: detail.client.id, limit: responsesShown });
  /** Which form is open: a response, or a survey request (that the household was asked). */
  const [recording, setRecording] = useState<'response' | 'request' | null>(null);
  /** The response just recorded, when its score suggests a follow-up: offered up top, right away. */
  const [offered, setOffered] = useState<Survey | null>(null);
  const followUp = useFollowUp(() => {
    setOffered(null);
    responses.reload();
  });
  const rows = responses.data && [...responses.data].sort((a, b) => b.survey.on.localeCompare(a.survey.on));

  return (
    <section className="card cp-section" aria-labelledby="sat-section-title">
      <div className="card__header">
        <h2 id="sat-section-title" className="card__title">
          {t('satisfaction.section.title')}
          {rows && rows.length > 0 && <span className="text-muted"> · {t('satisfaction.section.count', { count: rows.length })}</span>}
        </h2>
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => setRecording('response')}>
            {t('satisfaction.section.record')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setRecording('request')}>
            {t('satisfaction.request.open')}
          </button>
        </div>
      </div>
      {recording === 'response' && (
        <RecordResponseForm
          detail={detail}
          onCancel={() => setRecording(null)}
          onRecorded={(recorded) => {
            setRecording(null);
            notify(t('satisfaction.form.recorded'));
            setOffered(recorded.followUpSuggested ? recorded.survey : null);
            responses.reload();
          }}
        />
      )}
      {recording === 'request' && (
        <RecordRequestForm
          detail={detail}
          onCancel={() => setRecording(null)}
          onRecorded={() => {
            setRecording(null);
            notify(t('satisfaction.request.recorded'));
          }}
        />
      )}
      {offered && (
        <div className="sat-section__offer">
          <p>{t('satisfaction.followUp.offer')}</p>
          <FollowUpButton surveyId={offered.id} followUp={followUp} />
        </div>
      )}
      {followUp.created && (
        <p className="sat-section__done">
          {t('satisfaction.followUp.created', { title: followUp.created.title })}{' '}
          <Link to="/tasks/team">{t('satisfaction.followUp.openTasks')}</Link>
        </p>
      )}
      {followUp.error ? <ErrorMessage error={followUp.error} /> : null}
      <QueryResult query={{ ...responses, data: rows }} loadingLabel={t('satisfaction.section.loading')}>
        {(sorted) =>
          sorted.length === 0 ? (
            <p className="text-muted">{t('satisfaction.section.empty')}</p>
          ) : (
            <>
              <ClientResponsesChart rows={sorted} />
              <ResponseList
                rows={sorted}
                label={t('satisfaction.response.listLabel')}
                showClient={false}
                action={(row) =>
                  // The response just recorded already has its offer up top; one button per response.
                  suggestsFollowUp(row.survey) && row.followUpTaskId === null && row.survey.id !== offered?.id ? (
                    <div className="sat-response__action">
                      <FollowUpButton surveyId={row.survey.id} followUp={followUp} />
                    </div>
                  ) : null
                }
              />
            </>
          )
        }
      </QueryResult>
    </section>
  );
}
