import type { FastifyReply } from 'fastify';

// Response headers that make a browser refuse what Touchpoint never does: run inline or foreign scripts,
// be framed by another site, open its window to a popup's opener, or use the camera. One place, so a
// new page cannot forget them.

/**
 * The signed-in app (the Vite build) loads only its own hashed files and talks only to its own API: no
 * inline script anywhere, so no nonce is needed. Inline `style` attributes set from script (CSSOM) are
 * not affected by style-src; QR codes are data: images.
 */
const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Pages customers open (the hosted survey, the help center) may be framed by the workspace's own sites
 * (`embedOrigins`), never by anyone else. Their styles are inlined (a survey shows on a slow phone line
 * without a second request), so styles may be inline there; scripts never are.
 */
export function publicPagePolicy(embedOrigins: readonly string[]): string {
  const ancestors = ["'self'", ...embedOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()';

export interface SecurityHeaderOptions {
  /** Sent only over HTTPS deployments (COOKIE_SECURE=true): HSTS on plain HTTP would lock a local install out. */
  isHttps: boolean;
}

/** Sets the headers on every response; an HTML page that set its own CSP (public pages) keeps it. */
export function applySecurityHeaders(reply: FastifyReply, options: SecurityHeaderOptions): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
  reply.header('permissions-policy', PERMISSIONS_POLICY);
  if (options.isHttps) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  const type = String(reply.getHeader('content-type') ?? '');
  if (!type.startsWith('text/html')) return;
  if (reply.hasHeader('content-security-policy')) return;
  reply.header('content-security-policy', APP_POLICY);
  reply.header('x-frame-options', 'DENY');
  // A page the app opens (a help article, an export) cannot reach back into the signed-in window.
  reply.header('cross-origin-opener-policy', 'same-origin');
}
