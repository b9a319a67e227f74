import { useTranslation } from 'react-i18next';
import type { IssuedPacket } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { isDesktopApp } from '../../api/desktop';
import { useNotify } from '../../components/notices';
import { downloadPdf, openPdf } from '../../components/download';

export type PacketFileAction = 'open' | 'showInFolder' | 'download' | 'saveCopy';

/**
 * Hands an issued packet's PDF to the person: in the desktop app by opening or showing the kept
 * file (`files:open`, `files:showInFolder`) or through the system save dialog (`packets:saveCopy`);
 * in a browser by reading its bytes (`packets:read`) and downloading or opening them. The packet
 * itself is never made again.
 */
export function usePacketFile() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();

  /** Runs one action; throws what the backend said so the caller can show it where it belongs. */
  return async (packet: Pick<IssuedPacket, 'id' | 'fileName'>, action: PacketFileAction): Promise<void> => {
    if (isDesktopApp() && (action === 'open' || action === 'showInFolder')) {
      await api.invoke(action === 'open' ? 'files:open' : 'files:showInFolder', { kind: 'packet', id: packet.id });
      return;
    }
    if (action === 'saveCopy' || isDesktopApp()) {
      const { savedTo } = await api.invoke('packets:saveCopy', { id: packet.id });
      notify(savedTo ? t('reviews.packets.savedTo', { path: savedTo }) : t('reviews.packets.saveCancelled'));
      return;
    }
    const file = await api.invoke('packets:read', { id: packet.id });
    if (action === 'open') {
      openPdf(file.base64);
    } else {
      downloadPdf(file.fileName || packet.fileName, file.base64);
      notify(t('reviews.packets.downloaded', { name: file.fileName || packet.fileName }));
    }
  };
}
