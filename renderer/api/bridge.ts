import type { ClientbookBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload script exposes it. */
    clientbook?: ClientbookBridge;
  }
}
