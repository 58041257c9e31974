import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Secrets the server must read back (TOTP seeds, SSO client secrets) are sealed with AES-256-GCM before
// they reach the database, so a copied table or backup alone does not reveal them. The key lives outside
// the database: TOUCHPOINT_SECRET_KEY, or a key file in the data directory made on first start.

const PREFIX = 'tpsb1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_FILE_NAME = 'secret.key';

export interface SecretBox {
  /**
   * Encrypts `plain`; `purpose` (e.g. the column) is authenticated with it, so a value copied into another
   * column does not open there.
   */
  seal(plain: string, purpose: string): string;
  /** Decrypts a sealed value; a value stored before sealing existed is returned as it is. */
  open(stored: string, purpose: string): string;
  isSealed(stored: string): boolean;
}

export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('The secret key must be 32 bytes.');
  return {
    seal(plain, purpose) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(stored, purpose) {
      if (!stored.startsWith(PREFIX)) return stored;
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretKeyError(
          'A stored secret cannot be decrypted: TOUCHPOINT_SECRET_KEY (or the data directory key file) is not the key it was sealed with.',
        );
      }
    },
    isSealed: (stored) => stored.startsWith(PREFIX),
  };
}

/**
 * The 32-byte key from TOUCHPOINT_SECRET_KEY: 64 hex digits or 32 bytes in base64 as they are, any other
 * text of at least 32 characters through SHA-256 (a long passphrase is fine; a short one is refused).
 */
export function parseSecretKey(configured: string): Buffer {
  const value = configured.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const decoded = Buffer.from(value, 'base64');
    if (decoded.length === 32) return decoded;
  }
  if (value.length < 32) {
    throw new SecretKeyError(
      'TOUCHPOINT_SECRET_KEY is too short: use 32 random bytes, e.g. the output of `openssl rand -base64 32`.',
    );
  }
  return createHash('sha256').update(value).digest();
}

/**
 * The key this process seals with: the configured one, else the data directory's key file (created with
 * owner-only permissions on first start), else — only for an in-memory database — a key for this process.
 */
export function resolveSecretKey(options: {
  configured?: string | undefined;
  dataDir?: string | undefined;
}): { key: Buffer; source: 'env' | 'file' | 'ephemeral' } {
  if (options.configured) return { key: parseSecretKey(options.configured), source: 'env' };
  if (!options.dataDir) return { key: randomBytes(32), source: 'ephemeral' };
  const dir = resolve(options.dataDir);
  const path = join(dir, SECRET_KEY_FILE_NAME);
  mkdirSync(dir, { recursive: true });
  try {
    // `wx`: two processes starting at once cannot both write a key; the loser reads the winner's.
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return { key: parseSecretKey(readFileSync(path, 'utf8')), source: 'file' };
}
