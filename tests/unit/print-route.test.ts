import { describe, expect, it } from 'vitest';
import { packetRoute, printLanguageOf } from '../../shared/print';

describe('the language of a print route', () => {
  it('is the one the packet route names, read back from the route or the window address', () => {
    const hindi = packetRoute({ clientId: 'cl_1', asOf: '2026-03-01', language: 'hi' });
    expect(printLanguageOf(hindi)).toBe('hi');
    expect(printLanguageOf(`#${hindi}`)).toBe('hi');
    expect(printLanguageOf(packetRoute({ clientId: 'cl_1', asOf: '2026-03-01', language: 'en' }))).toBe('en');
  });

  it('is English on a print route that names none or one it does not know, and null off print routes', () => {
    expect(printLanguageOf(packetRoute({ clientId: 'cl_1', asOf: '2026-03-01' }))).toBe('en');
    expect(printLanguageOf('#/print/packet/cl_1')).toBe('en');
    expect(printLanguageOf('/print/packet/cl_1?asOf=2026-03-01&lang=fr')).toBe('en');
    for (const address of ['', '#/', '#/clients?lang=hi', '#/clients/print/packet?lang=hi', '#/settings']) {
      expect(printLanguageOf(address), address).toBeNull();
    }
  });
});
