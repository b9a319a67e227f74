import type { ImportFieldName } from '../../../../../shared/model';
import { message } from '../../../../../shared/messages';
import { recordSchemas } from '../../../store';
import { newId } from '../../ids';
import type { RecordReader } from '../incoming';
import { readers } from '../row-checker';

const interactionFieldOf: Record<string, ImportFieldName> = { summary: 'summary', durationMinutes: 'durationMinutes' };

export const readInteraction: RecordReader = (check) => (row, client) => {
  const date = check.day('date');
  const interactionKind = check.word('kind', readers.interactionKind, 'interactionType');
  const staff = check.member('staff', false);
  const duration = check.whole('durationMinutes', 0, 24 * 60);
  if (date === null) check.fail('date', message('importRows.interactionDateEmpty', { label: check.header('date') ?? '' }));
  if (date && date > check.today)
    check.fail('date', message('importRows.inFuture', { label: check.header('date') ?? '', value: check.text('date') }));
  if (!client || !date || duration === undefined || !check.ok) return undefined;
  const staffId = staff?.id ?? client.primaryManagerId;
  check.memberIds.add(staffId);
  const interaction = check.valid(
    recordSchemas.interactions,
    {
      id: newId('in'),
      clientId: client.id,
      kind: interactionKind ?? 'note',
      // Midday UTC: the same calendar day in every time zone a firm works in.
      at: `${date}T12:00:00.000Z`,
      durationMinutes: duration,
      staffId,
      personIds: [],
      summary:
        check.text('summary') ||
        (check.fail('summary', message('importRows.summaryEmpty', { label: check.header('summary') ?? '' })) ?? ''),
      followUpOn: null,
    },
    interactionFieldOf,
  );
  return interaction && check.ok ? { row, collection: 'interactions', record: interaction, replaces: false } : undefined;
};
