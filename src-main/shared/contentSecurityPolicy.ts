/**
 * The renderer's Content-Security-Policy, one string for both transports (index.html meta tag,
 * HTTP header, Electron session). pdf.js needs its worker from 'self' and blob: images for
 * thumbnails; styles set through the CSSOM need no 'unsafe-inline'. Nothing leaves the machine.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
