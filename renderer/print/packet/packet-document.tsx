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

/**
 * The packet: the cover alone on its sheet, then the numbered sections one after another. On paper
 * the sections run on from page to page; a section or part that fits on the rest of a page is kept
 * whole (packet.css), so no page holds only a heading, a few lines or a table's last rows.
 */
export function PacketDocument({ data }: { data: PacketData }) {
  const format = usePacketFormat(data.firm.locale);
  return (
    <>
      <div className="packet-sheet">
        <CoverPage data={data} format={format} />
      </div>
      <div className="packet-sheet">
        <AgendaSection number={1} agenda={data.agenda} />
        <RelationshipSection number={2} data={data} format={format} />
        <HoldingsSection number={3} data={data} format={format} />
        <SinceSection number={4} data={data} format={format} />
        <SatisfactionSection number={5} data={data} format={format} />
        <ActionItemsSection number={6} data={data} format={format} />
        <NotesSection number={7} />
        <ClosingSection number={8} data={data} />
      </div>
    </>
  );
}
