import { useTranslation } from 'react-i18next';
import type { PacketData } from '../../../shared/model';
import { PacketPart, PacketSection, RuledLines } from './packet-section';

/** A third of a page of lines at a handwriting height: room to write, short enough to share a page. */
const noteLines = 8;

/** A page of ruled lines to write on during the meeting. */
export function NotesSection({ number }: { number: number }) {
  const { t } = useTranslation();
  return (
    <PacketSection id="notes" number={number} title={t('packet.notes.title')}>
      <p className="packet-lead">{t('packet.notes.hint')}</p>
      <RuledLines count={noteLines} className="packet-notes" />
    </PacketSection>
  );
}

/** The firm's compliance disclosure, and a block for the client's signers and the adviser to sign and date. */
export function ClosingSection({ number, data }: { number: number; data: PacketData }) {
  const { t } = useTranslation();
  return (
    <PacketSection id="closing" number={number} title={t('packet.closing.title')}>
      {data.firm.disclosure.trim() !== '' && (
        <PacketPart title={t('packet.closing.disclosure')} className="packet-disclosure">
          <p className="packet-disclosure__text">{data.firm.disclosure}</p>
        </PacketPart>
      )}
      <PacketPart title={t('packet.closing.acknowledgement')} className="packet-signatures">
        <p>{t('packet.closing.acknowledgementText')}</p>
        {data.signers.map((name, index) => (
          <SignatureLine key={index} label={t('packet.closing.clientSignature')} name={name} />
        ))}
        <SignatureLine label={t('packet.closing.adviserSignature')} name={data.manager.name} />
      </PacketPart>
    </PacketSection>
  );
}

/** A line to sign on and a shorter one for the date, with who signs printed under it. */
function SignatureLine({ label, name }: { label: string; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="packet-signature">
      <div className="packet-signature__field packet-signature__field--sign">
        <span className="packet-signature__rule" aria-hidden="true" />
        <span className="packet-signature__label">{label}</span>
        <span className="packet-signature__name">{t('packet.closing.name', { name })}</span>
      </div>
      <div className="packet-signature__field packet-signature__field--date">
        <span className="packet-signature__rule" aria-hidden="true" />
        <span className="packet-signature__label">{t('packet.closing.date')}</span>
      </div>
    </div>
  );
}
