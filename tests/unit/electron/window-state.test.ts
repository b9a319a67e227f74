import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultWindowState,
  isReachable,
  parseWindowState,
  readWindowState,
  trackWindowState,
  writeWindowState,
} from '../../../electron/main/window-state';
import { FakeBrowserWindow } from './fake-electron';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const leftMonitor = { x: -1280, y: 0, width: 1280, height: 1024 };

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'clientbook-window-state-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parseWindowState', () => {
  it('keeps a valid, visible state', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(parseWindowState(state, [primary])).toEqual(state);
  });

  it('keeps a window on a second monitor at negative coordinates', () => {
    const state = { x: -1200, y: 40, width: 1000, height: 700, maximized: false };
    expect(parseWindowState(state, [primary, leftMonitor])).toEqual(state);
  });

  it('drops a position that is no longer on any screen but keeps the size', () => {
    const state = { x: -1200, y: 40, width: 1000, height: 700, maximized: false };
    expect(parseWindowState(state, [primary])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('drops a position with only a sliver left on screen', () => {
    expect(parseWindowState({ x: 1900, y: 100, width: 1000, height: 700, maximized: false }, [primary])).not.toHaveProperty('x');
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['missing fields', { width: 1000 }],
    ['wrong types', { width: '1000', height: 700, maximized: false }],
    ['absurd size', { width: 10, height: 1e9, maximized: false }],
    ['fractional size', { width: 1000.5, height: 700, maximized: false }],
    ['extra keys', { width: 1000, height: 700, maximized: false, devTools: true }],
    ['NaN', { width: Number.NaN, height: 700, maximized: false }],
  ])('gives the default for %s', (_name, raw) => {
    expect(parseWindowState(raw, [primary])).toEqual(defaultWindowState);
  });
});

describe('isReachable', () => {
  it('needs enough of the window on one work area', () => {
    expect(isReachable({ x: 0, y: 0, width: 800, height: 600 }, [primary])).toBe(true);
    expect(isReachable({ x: 5000, y: 5000, width: 800, height: 600 }, [primary])).toBe(false);
    expect(isReachable({ x: 0, y: 0, width: 800, height: 600 }, [])).toBe(false);
  });
});

describe('window state file', () => {
  it('round-trips and leaves no temporary file behind', () => {
    const state = { x: 10, y: 20, width: 1100, height: 760, maximized: false };
    writeWindowState(file, state);
    writeWindowState(file, { ...state, maximized: true });
    expect(readWindowState(file, [primary])).toEqual({ ...state, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('refuses to write an invalid state', () => {
    expect(() => writeWindowState(file, { width: -5, height: 700, maximized: false })).toThrow();
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['corrupt', '{"width": 1000, "hei'],
    ['NUL-filled', '\0\0\0\0'],
  ])('a %s file gives the default', (_name, content) => {
    if (content !== null) writeFileSync(file, content);
    expect(readWindowState(file, [primary])).toEqual(defaultWindowState);
  });

  it('is saved when the window closes', () => {
    const window = new FakeBrowserWindow({});
    window.bounds = { x: 30, y: 40, width: 1300, height: 900 };
    window.maximized = true;
    trackWindowState(window as unknown as BrowserWindow, file, vi.fn());
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 30, y: 40, width: 1300, height: 900, maximized: true });
  });

  it('a failed save is reported, never thrown at the closing window', () => {
    const window = new FakeBrowserWindow({});
    const onError = vi.fn();
    trackWindowState(window as unknown as BrowserWindow, path.join(dir, 'missing-folder', 'state.json'), onError);
    expect(() => window.emit('close')).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
  });
});
