import { Fragment, type ReactNode } from 'react';
import type { PacketData } from '../../../shared/model';
import { ActionItemsSection } from './action-items-section';
import { AgendaSection } from './agenda-section';
import { ClosingSection, NotesSection } from './closing-sections';
import { CoverPage } from './cover-page';
import { HoldingsSection } from './holdings-section';
import { usePacketFormat } from './packet-format';
import { RelationshipSection } from './relationship-section';
import { SatisfactionSection } from './satisfaction-section';
import { SinceSection } from './since-section';

export interface SheetPart {
  id: string;
  /** Starts a new sheet of paper; otherwise it follows the part before it on the same sheet. */
  startsPage: boolean;
  content: ReactNode;
}

/** Parts grouped into sheets of paper: a new sheet at every part that starts a page (and at the first). */
export function sheetsOf<T extends { startsPage: boolean }>(parts: readonly T[]): T[][] {
  const sheets: T[][] = [];
  for (const part of parts) {
    const last = sheets.at(-1);
    if (last && !part.startsPage) last.push(part);
    else sheets.push([part]);
  }
  return sheets;
}

/**
 * The packet's pages in order: the cover alone, then the numbered sections. A section with
 * something to show starts a new page; one that only says it has nothing (no products, no
 * answers) follows the section before it, so an empty packet is not a stack of blank pages.
 */
export function PacketDocument({ data }: { data: PacketData }) {
  const format = usePacketFormat(data.firm.locale);
  const { since } = data;
  const anythingSince =
    since.interactions.length + since.requestsOpened.length + since.requestsResolved.length + since.tasksCompleted.length > 0;
  const parts: SheetPart[] = [
    { id: 'cover', startsPage: true, content: <CoverPage data={data} format={format} /> },
    { id: 'agenda', startsPage: true, content: <AgendaSection number={1} agenda={data.agenda} /> },
    { id: 'relationship', startsPage: true, content: <RelationshipSection number={2} data={data} format={format} /> },
    { id: 'holdings', startsPage: data.holdings.length > 0, content: <HoldingsSection number={3} data={data} format={format} /> },
    { id: 'since', startsPage: anythingSince, content: <SinceSection number={4} data={data} format={format} /> },
    {
      id: 'satisfaction',
      startsPage: data.satisfaction.responses.length > 0 || data.satisfaction.health !== null,
      content: <SatisfactionSection number={5} data={data} format={format} />,
    },
    { id: 'actions', startsPage: data.actionItems.length > 0, content: <ActionItemsSection number={6} data={data} format={format} /> },
    { id: 'notes', startsPage: true, content: <NotesSection number={7} /> },
    { id: 'closing', startsPage: true, content: <ClosingSection number={8} data={data} /> },
  ];
  return sheetsOf(parts).map((sheet) => (
    <div key={sheet[0]?.id} className="packet-sheet">
      {sheet.map((part) => (
        <Fragment key={part.id}>{part.content}</Fragment>
      ))}
    </div>
  ));
}
