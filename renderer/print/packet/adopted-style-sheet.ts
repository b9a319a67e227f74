import { useEffect } from 'react';

/**
 * Adds `css` to the document as a constructed style sheet while mounted. The app's CSP
 * (`style-src 'self'`) blocks inline `<style>` elements but not constructed sheets, and the
 * packet's @page rules carry the firm's and client's names, so they cannot live in a file.
 */
export function useAdoptedStyleSheet(css: string | null): void {
  useEffect(() => {
    if (css === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
}
