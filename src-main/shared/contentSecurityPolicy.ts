/**
 * The renderer's Content-Security-Policy, one list for both transports (index.html meta tag,
 * HTTP header of `leeszaal serve`, the app:// protocol and the Electron session). Checked against
 * what pdf.js 4.10 really does (docs/desktop.md, "CSP"):
 * - its worker is a module file from 'self' (no blob: wrapper for a same-origin worker);
 * - CMaps and standard fonts are fetched from 'self' (connect-src);
 * - embedded fonts become FontFace objects from an ArrayBuffer, which no CSP fetch directive
 *   governs; the data: URL @font-face path is only a fallback for browsers without FontFace;
 * - isEvalSupported: false skips its `new Function` probe, so no 'unsafe-eval'; 4.10 ships no wasm;
 * - pdf_viewer.css draws form-field backgrounds with data: SVG images (img-src data:);
 * - React and pdf.js set styles through the CSSOM, which needs no 'unsafe-inline'.
 * Nothing leaves the machine: no source other than 'self' anywhere.
 */
export const contentSecurityPolicyDirectives = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** The policy as sent in a Content-Security-Policy header. */
export const contentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

/**
 * The policy as written in index.html's meta tag: browsers ignore frame-ancestors there (and warn
 * about it), so the header alone carries it.
 */
export const contentSecurityPolicyMeta = contentSecurityPolicyDirectives
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
