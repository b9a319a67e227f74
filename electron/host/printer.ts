import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { PdfRenderer } from '../backend/ports';
import { oneAtATime, readPrintStateScript, switchPrintRouteScript, waitForPrintReady } from '../common/print-ready';

export interface ChromiumPdfOptions {
  /** The host's page address with its token, e.g. `http://127.0.0.1:5173/?token=…`; known once it listens. */
  pageUrl: () => string;
  /** The Chromium or Chrome program; defaults to $CLIENTBOOK_CHROMIUM, then /usr/bin/chromium. */
  executablePath?: string;
}

/**
 * PDFs for the browser host: headless Chromium opens the same print route Electron prints, and
 * `page.pdf()` saves it. The browser and one page are kept between packets: the next packet only
 * changes the page's route. A page that failed is thrown away, so the next packet starts clean.
 */
export function createChromiumPdfRenderer(options: ChromiumPdfOptions): PdfRenderer {
  const executablePath = options.executablePath ?? process.env.CLIENTBOOK_CHROMIUM ?? '/usr/bin/chromium';
  let browser: Promise<Browser> | null = null;
  let page: Page | null = null;
  const enqueue = oneAtATime();

  const launch = async (): Promise<Browser> => {
    if (!existsSync(executablePath)) {
      throw new AppError('UNAVAILABLE', message('packets.needsChromium'));
    }
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, headless: true });
  };

  const show = async (route: string): Promise<Page> => {
    if (page && !page.isClosed()) {
      await page.evaluate(switchPrintRouteScript(route));
      return page;
    }
    browser ??= launch().catch((error: unknown) => {
      browser = null;
      throw error;
    });
    page = await (await browser).newPage();
    await page.goto(`${options.pageUrl()}#${route}`);
    return page;
  };

  const render = async (route: string, signal?: AbortSignal): Promise<Uint8Array> => {
    signal?.throwIfAborted();
    try {
      const shown = await show(route);
      await waitForPrintReady(() => shown.evaluate(readPrintStateScript), { signal });
      // Margins and paper size come from the route's own @page rules.
      return await shown.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } catch (error) {
      await page?.close().catch(() => undefined);
      page = null;
      throw error;
    }
  };

  return {
    // One packet at a time: they share the page.
    render: (route, signal) => enqueue(() => render(route, signal)),
    async close() {
      const running = browser;
      browser = null;
      page = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
