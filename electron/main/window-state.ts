import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

const Size = z.number().int().min(320).max(16_384);
const Coordinate = z.number().int().min(-65_536).max(65_536);

/** The remembered size, position and maximized flag of the main window. */
export const WindowState = z.strictObject({
  width: Size,
  height: Size,
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

/** How much of a window must lie on a screen for the user to be able to grab and move it. */
const MIN_VISIBLE = { width: 120, height: 48 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when enough of `bounds` lies inside one of the `workAreas` to be reachable. */
export function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  return workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= Math.min(MIN_VISIBLE.width, bounds.width) && shared.height >= Math.min(MIN_VISIBLE.height, bounds.height);
  });
}

/**
 * Turns whatever was stored into a usable state: anything malformed gives the default, and a
 * position that is no longer on any screen (a monitor was unplugged) is dropped so the window
 * opens centred with the remembered size.
 */
export function parseWindowState(raw: unknown, workAreas: readonly Rectangle[]): WindowState {
  const parsed = WindowState.safeParse(raw);
  if (!parsed.success) return defaultWindowState;
  const { x, y, ...rest } = parsed.data;
  if (x === undefined || y === undefined) return rest;
  return isReachable({ x, y, width: rest.width, height: rest.height }, workAreas) ? parsed.data : rest;
}

/** Reads the state file; a missing, unreadable or corrupt file gives the default. */
export function readWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return defaultWindowState;
  }
  return parseWindowState(raw, workAreas);
}

/**
 * Writes through a temporary file and a rename, so a crash mid-write leaves the old file rather
 * than a truncated one. No fsync: losing the last window size to a power cut costs nothing.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(WindowState.parse(state)));
  renameSync(temp, file);
}

/** Saves the window's normal (un-maximized) bounds and maximized flag when it closes. */
export function trackWindowState(window: BrowserWindow, file: string, onError: (error: unknown) => void): void {
  window.on('close', () => {
    try {
      const bounds = window.getNormalBounds();
      writeWindowState(file, { ...bounds, maximized: window.isMaximized() });
    } catch (error) {
      // Never let a failed size save stop the window from closing.
      onError(error);
    }
  });
}
