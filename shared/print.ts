import { interfaceLanguages, type InterfaceLanguage } from './model/language-values';

/**
 * How the app's print routes and whatever prints them (Electron's hidden window, headless
 * Chromium for the browser host) agree on what to print and when it is ready.
 */

/** Attribute on `<html>` that a print route sets: 'loading', then 'ready' or 'error'. */
export const PRINT_STATE_ATTRIBUTE = 'data-print-state';
export type PrintState = 'loading' | 'ready' | 'error';

export interface PacketRouteOptions {
  clientId: string;
  asOf: string;
  reviewId?: string | null;
  showHealth?: boolean;
  /** The people who sign; left out, main chooses (the adults who are parties to the relationship). */
  signerIds?: readonly string[];
  /** The language its words are in; left out, English. Whatever prints it reads it from the route, never from who was here last. */
  language?: InterfaceLanguage;
}

/** The language a print route (`#/print/…?lang=hi`) is printed in: English unless it names another it knows; null for any other address. */
export function printLanguageOf(route: string): InterfaceLanguage | null {
  const match = /^#?\/?print\/[^?]*(?:\?(.*))?$/.exec(route);
  if (!match) return null;
  const language = new URLSearchParams(match[1] ?? '').get('lang');
  return interfaceLanguages.find((known) => known === language) ?? 'en';
}

/** The hash route (without '#') of one client's review packet. */
export function packetRoute({ clientId, asOf, reviewId, showHealth, signerIds, language }: PacketRouteOptions): string {
  const search = new URLSearchParams({ asOf });
  if (language) search.set('lang', language);
  if (reviewId) search.set('review', reviewId);
  if (showHealth !== undefined) search.set('health', showHealth ? '1' : '0');
  // Ids never hold a comma; an empty value means nobody of the household signs.
  if (signerIds !== undefined) search.set('signers', signerIds.join(','));
  return `/print/packet/${encodeURIComponent(clientId)}?${search.toString()}`;
}
