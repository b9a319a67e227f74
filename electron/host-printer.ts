import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../shared/errors';
import type { PdfRenderer } from './backend/ports';
import { readPrintStateScript, waitForPrintReady } from './print-ready';

export interface ChromiumPdfOptions {
  /** The host's page address with its token, e.g. `http://127.0.0.1:5173/?token=…`; known once it listens. */
  pageUrl: () => string;
  /** The Chromium or Chrome program; defaults to $CLIENTBOOK_CHROMIUM, then /usr/bin/chromium. */
  executablePath?: string;
}

/**
 * PDFs for the browser host: headless Chromium opens the same print route Electron prints, and
 * `page.pdf()` saves it. The browser starts on the first packet and is kept for the next ones;
 * each packet gets a fresh page so no state carries over from the previous client.
 */
export function createChromiumPdfRenderer(options: ChromiumPdfOptions): PdfRenderer {
  const executablePath = options.executablePath ?? process.env.CLIENTBOOK_CHROMIUM ?? '/usr/bin/chromium';
  let browser: Promise<Browser> | null = null;

  const launch = async (): Promise<Browser> => {
    if (!existsSync(executablePath)) {
      throw new AppError(
        'UNAVAILABLE',
        'Making PDFs in the browser version of Clientbook needs Chromium on this computer. Install it, or set CLIENTBOOK_CHROMIUM to the browser program, then try again.',
      );
    }
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, headless: true });
  };

  return {
    async render(route, signal) {
      browser ??= launch().catch((error: unknown) => {
        browser = null;
        throw error;
      });
      const page = await (await browser).newPage();
      try {
        await page.goto(`${options.pageUrl()}#${route}`);
        await waitForPrintReady(() => page.evaluate(readPrintStateScript), { signal });
        // Margins and paper size come from the route's own @page rules.
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      } finally {
        await page.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
