// Runs sandboxed in the renderer before the page; it may only use `contextBridge` and
// `ipcRenderer`, and hands the page three functions, never `ipcRenderer` itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_EVENT_CHANNEL, BRIDGE_INVOKE_CHANNEL, BRIDGE_LANGUAGE_CHANNEL, type ClientbookBridge } from '../../shared/bridge';

const bridge: ClientbookBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(BRIDGE_INVOKE_CHANNEL, channel, input),
  on(event, cb) {
    const listener = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) cb(payload);
    };
    ipcRenderer.on(BRIDGE_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(BRIDGE_EVENT_CHANNEL, listener);
    };
  },
  setLanguage: (language) => ipcRenderer.send(BRIDGE_LANGUAGE_CHANNEL, language),
};

contextBridge.exposeInMainWorld('clientbook', bridge);
