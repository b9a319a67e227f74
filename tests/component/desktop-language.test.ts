// The desktop app's menus and dialogs follow the reader's language: the renderer tells main
// through the preload's setLanguage once the interface has switched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setInterfaceLanguage } from '../../renderer/i18n';
import type { ClientbookBridge } from '../../shared/bridge';

function desktopBridge() {
  const bridge = { invoke: vi.fn(), on: vi.fn(() => () => {}), setLanguage: vi.fn<(language: string) => void>() };
  window.clientbook = bridge as unknown as ClientbookBridge;
  return bridge;
}

afterEach(async () => {
  delete window.clientbook;
  await setInterfaceLanguage('en');
});

describe('telling main the interface language', () => {
  it('says each language the interface switches to, English at start too', async () => {
    const bridge = desktopBridge();
    await setInterfaceLanguage('en');
    await setInterfaceLanguage('hi');
    expect(bridge.setLanguage.mock.calls).toEqual([['en'], ['hi']]);
  });

  it('says only the last of two quick choices', async () => {
    const bridge = desktopBridge();
    await Promise.all([setInterfaceLanguage('hi'), setInterfaceLanguage('en')]);
    expect(bridge.setLanguage.mock.calls).toEqual([['en']]);
  });

  it('needs no bridge in a browser tab', async () => {
    await expect(setInterfaceLanguage('hi')).resolves.toBeUndefined();
  });
});
