/**
 * The Content-Security-Policy of every page Clientbook serves, from the app:// protocol and from
 * the HTTP host alike: only the app's own scripts, styles and images; no plugins, frames or forms.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
