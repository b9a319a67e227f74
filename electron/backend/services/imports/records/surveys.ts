import { normalizeName } from '../../../../../shared/domain/matching';
import { message } from '../../../../../shared/messages';
import type { ImportFieldName } from '../../../../../shared/model';
import { recordSchemas } from '../../../store';
import { newId } from '../../ids';
import type { RecordReader } from '../incoming';
import { readers } from '../row-checker';

const surveyFieldOf: Record<string, ImportFieldName> = { comment: 'comment', on: 'date', nps: 'nps', csat: 'csat' };

export const readSurvey: RecordReader = (check) => (row, client) => {
  const date = check.day('date');
  const nps = check.whole('nps', 0, 10);
  const csat = check.whole('csat', 1, 5);
  const channel = check.word('channel', readers.channel, 'surveyChannel');
  if (date === null) check.fail('date', message('importRows.responseDateEmpty', { label: check.header('date') ?? '' }));
  if (date && date > check.today)
    check.fail('date', message('importRows.inFuture', { label: check.header('date') ?? '', value: check.text('date') }));
  if (nps === null && csat === null) check.fail(check.has('nps') ? 'nps' : 'csat', message('importRows.noScore'));
  if (!client || !date || nps === undefined || csat === undefined || !check.ok) return undefined;
  const personName = check.text('personName');
  const person = personName
    ? check.ctx.store.byIndex('people', 'clientId', client.id).find((p) => normalizeName(p.name) === normalizeName(personName))
    : undefined;
  if (personName && !person) {
    check.fail(
      'personName',
      message('importRows.notPersonOf', { label: check.header('personName') ?? '', value: personName, name: client.name }),
    );
    return undefined;
  }
  check.memberIds.add(client.primaryManagerId);
  const survey = check.valid(
    recordSchemas.surveys,
    {
      id: newId('su'),
      clientId: client.id,
      personId: person?.id ?? null,
      on: date,
      nps,
      csat,
      channel: channel ?? 'unknown',
      comment: check.text('comment'),
      recordedById: client.primaryManagerId,
      followUpTaskId: null,
    },
    surveyFieldOf,
  );
  return survey ? { row, collection: 'surveys', record: survey, replaces: false } : undefined;
};
