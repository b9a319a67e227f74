import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientbookBridge } from '../../../shared/bridge';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let bridge: ClientbookBridge;
beforeAll(async () => {
  await import('../../../electron/main/preload');
  bridge = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0]?.[1] as ClientbookBridge;
});

describe('preload bridge', () => {
  it('exposes window.clientbook with invoke, on and setLanguage, and nothing else', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledWith('clientbook', expect.anything());
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'setLanguage']);
  });

  it('setLanguage sends only the language, one way, on the language channel', () => {
    bridge.setLanguage!('hi');
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith('clientbook:language', 'hi');
  });

  it('invoke goes through the single invoke channel and returns its envelope', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 3 });
    await expect(bridge.invoke('clients:list', { q: 'a' })).resolves.toEqual({ ok: true, value: 3 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('clientbook:invoke', 'clients:list', { q: 'a' });
  });

  it('on receives only its own event, without the IPC event object, until unsubscribed', () => {
    const cb = vi.fn();
    const off = bridge.on('data:changed', cb);
    ipcRenderer.emit('clientbook:event', { sender: 'ipc internals' }, 'menu:command', { command: 'newClient' });
    ipcRenderer.emit('clientbook:event', { sender: 'ipc internals' }, 'data:changed', { collections: ['clients'] });
    expect(cb).toHaveBeenCalledOnce();
    expect(cb).toHaveBeenCalledWith({ collections: ['clients'] });

    off();
    ipcRenderer.emit('clientbook:event', {}, 'data:changed', { collections: [] });
    expect(cb).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount('clientbook:event')).toBe(0);
  });
});
