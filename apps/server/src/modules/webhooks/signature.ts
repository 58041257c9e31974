import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
/** How far a signature's timestamp may be from now before a receiver should refuse it (replays). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new signing secret: `whsec_` + 32 random bytes, base64url. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Hex HMAC-SHA256 of `<t>.<raw body>`: the timestamp is signed too, so an old delivery cannot be replayed later. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** The `Touchpoint-Signature` header value: `t=<unix seconds>,v1=<hex>`. */
export function signatureHeader(secret: string, rawBody: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${computeSignature(secret, t, rawBody)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * What a receiver does: parse the header, recompute over the raw body (before any JSON parsing) and
 * compare in constant time; refuse timestamps outside the tolerance. Several `v1=` values are accepted
 * so a receiver can keep working while a secret is rotated.
 */
export function verifySignature(
  secret: string,
  header: string | undefined,
  rawBody: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): SignatureCheck {
  if (!header) return { ok: false, reason: 'missing header' };
  let timestamp: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value) candidates.push(value);
  }
  if (timestamp === null) return { ok: false, reason: 'no timestamp' };
  if (candidates.length === 0) return { ok: false, reason: 'no v1 signature' };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > tolerance) return { ok: false, reason: 'timestamp outside tolerance' };
  const expected = Buffer.from(computeSignature(secret, timestamp, rawBody), 'hex');
  const matches = candidates.some((candidate) => {
    const given = Buffer.from(candidate, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'signature mismatch' };
}
