import { randomInt } from 'node:crypto';
import type { TRecoveryCodes, TTwoFactorSetup, TTwoFactorStatus } from '@touchpoint/schemas';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { AppContext } from '../../platform/context';
import { hashSecret, verifyPassword } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secret-box';
import { revokeAllSessions } from './sessions';

// Two-factor sign-in with time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s steps — what
// every authenticator app reads from an otpauth:// URL) and ten single-use recovery codes.

const PERIOD_SECONDS = 30;
/** One step either side, so a phone clock a little off (or a code typed as it turns) still works. */
const WINDOW_STEPS = 1;
const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i to misread

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Touchpoint',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/**
 * The time step a code belongs to, or null when it is not valid now. Steps already used are refused by the
 * caller, so a code seen over someone's shoulder cannot be replayed within its 90-second window.
 */
function matchingStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const digits = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totpFor(secretBase32, 'x').validate({ token: digits, window: WINDOW_STEPS, timestamp: now });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function newRecoveryCode(): string {
  let raw = '';
  for (let i = 0; i < 10; i++) raw += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** Purposes the sealed TOTP columns are bound to (a value moved to the other column does not open). */
const ACTIVE_SECRET = 'users.totp_secret';
const PENDING_SECRET = 'users.totp_pending_secret';

async function loadUser(db: Db, userId: string, box?: SecretBox) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'totpSecret', 'totpPendingSecret', 'totpEnabledAt', 'totpLastStep'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!box) return user;
  return {
    ...user,
    totpSecret: user.totpSecret === null ? null : box.open(user.totpSecret, ACTIVE_SECRET),
    totpPendingSecret:
      user.totpPendingSecret === null ? null : box.open(user.totpPendingSecret, PENDING_SECRET),
  };
}

/**
 * The data migration to sealed TOTP seeds: seals every seed still stored in plain text (written before
 * encryption existed). Idempotent; run on every start after the schema migrations.
 */
export async function sealPlainTwoFactorSecrets(db: Db, box: SecretBox): Promise<number> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'totpSecret', 'totpPendingSecret'])
    .where((eb) =>
      eb.or([
        eb.and([eb('totpSecret', 'is not', null), eb('totpSecret', 'not like', 'tpsb1:%')]),
        eb.and([eb('totpPendingSecret', 'is not', null), eb('totpPendingSecret', 'not like', 'tpsb1:%')]),
      ]),
    )
    .execute();
  for (const row of rows) {
    const seal = (value: string | null, purpose: string) =>
      value === null || box.isSealed(value) ? value : box.seal(value, purpose);
    // Conditional on the plain values, so a seed changed meanwhile is not overwritten with the old one.
    await db
      .updateTable('users')
      .set({
        totpSecret: seal(row.totpSecret, ACTIVE_SECRET),
        totpPendingSecret: seal(row.totpPendingSecret, PENDING_SECRET),
      })
      .where('id', '=', row.id)
      .where((eb) =>
        row.totpSecret === null ? eb('totpSecret', 'is', null) : eb('totpSecret', '=', row.totpSecret),
      )
      .where((eb) =>
        row.totpPendingSecret === null
          ? eb('totpPendingSecret', 'is', null)
          : eb('totpPendingSecret', '=', row.totpPendingSecret),
      )
      .execute();
  }
  return rows.length;
}

/**
 * Starts set-up: a new secret kept as pending until a code from it proves the app has it. Needs the
 * password, so a stolen session cannot enrol the thief's authenticator and lock the owner out.
 */
export async function setUpTwoFactor(
  ctx: AppContext,
  userId: string,
  password: string,
): Promise<TTwoFactorSetup> {
  const user = await loadUser(ctx.db, userId);
  const { passwordHash } = await ctx.db
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(passwordHash, password))) {
    throw new AppError('INVALID_CREDENTIALS', 'Your password is not right.', [
      { name: 'body.password', reason: 'does not match' },
    ]);
  }
  if (user.totpEnabledAt) {
    throw new AppError('CONFLICT', 'Two-factor sign-in is already on. Turn it off first to use a new app.');
  }
  const secret = new Secret({ size: 20 }).base32;
  await ctx.db
    .updateTable('users')
    .set({ totpPendingSecret: ctx.secretBox.seal(secret, PENDING_SECRET) })
    .where('id', '=', userId)
    .execute();
  const otpauthUrl = totpFor(secret, user.email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, otpauthUrl, qrSvg };
}

async function replaceRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('userRecoveryCodes').where('userId', '=', userId).execute();
    await tx
      .insertInto('userRecoveryCodes')
      .values(codes.map((code) => ({ userId, codeHash: hashSecret(normaliseRecoveryCode(code)) })))
      .execute();
  });
  return codes;
}

/**
 * Turns two-factor on once a code from the pending secret checks out; answers the recovery codes, once.
 * Every other session ends: one opened with the password alone (perhaps a stolen one) must sign in again,
 * now with a code.
 */
export async function enableTwoFactor(
  ctx: AppContext,
  userId: string,
  code: string,
  currentSessionHash: string | null = null,
): Promise<TRecoveryCodes> {
  const user = await loadUser(ctx.db, userId, ctx.secretBox);
  if (user.totpEnabledAt) throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  if (!user.totpPendingSecret) {
    throw new AppError('CONFLICT', 'Start with POST /api/v1/me/2fa/setup, then send a code from your app.');
  }
  const step = matchingStep(user.totpPendingSecret, code);
  if (step === null) {
    throw new AppError(
      'INVALID_TWO_FACTOR_CODE',
      'That code does not match. Check the time on your phone and try the next code.',
    );
  }
  // Conditional on still being off: of two enables racing, one wins and only its codes exist.
  const turnedOn = await ctx.db
    .updateTable('users')
    .set({
      totpSecret: ctx.secretBox.seal(user.totpPendingSecret, ACTIVE_SECRET),
      totpPendingSecret: null,
      totpEnabledAt: new Date(),
      totpLastStep: step,
    })
    .where('id', '=', userId)
    .where('totpEnabledAt', 'is', null)
    .executeTakeFirst();
  if (Number(turnedOn.numUpdatedRows) !== 1)
    throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  await revokeAllSessions(ctx.db, userId, currentSessionHash);
  ctx.logger.info({ userId }, 'two-factor sign-in turned on');
  return { recoveryCodes: await replaceRecoveryCodes(ctx.db, userId) };
}

/**
 * Checks a second factor for a user with two-factor on: a current TOTP code not used before, or an unused
 * recovery code (which is then spent). The step is claimed with a conditional update, so two sign-ins
 * racing with the same code cannot both pass.
 */
export async function verifySecondFactor(
  db: Db,
  box: SecretBox,
  userId: string,
  code: string,
): Promise<boolean> {
  const user = await loadUser(db, userId, box);
  if (!user.totpSecret) return false;
  const step = matchingStep(user.totpSecret, code);
  if (step !== null) {
    const claimed = await db
      .updateTable('users')
      .set({ totpLastStep: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
      .executeTakeFirst();
    return Number(claimed.numUpdatedRows) === 1;
  }
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return false;
  const spent = await db
    .updateTable('userRecoveryCodes')
    .set({ usedAt: new Date() })
    .where('userId', '=', userId)
    .where('codeHash', '=', hashSecret(normalised))
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1;
}

async function requireSecondFactor(ctx: AppContext, userId: string, code: string): Promise<void> {
  if (!(await verifySecondFactor(ctx.db, ctx.secretBox, userId, code))) {
    throw new AppError('INVALID_TWO_FACTOR_CODE', 'That code does not match, or it was already used.');
  }
}

/** Turns two-factor off (a current code or a recovery code proves it is the owner), unless a workspace requires it. */
export async function disableTwoFactor(ctx: AppContext, userId: string, code: string): Promise<void> {
  const user = await loadUser(ctx.db, userId);
  if (!user.totpEnabledAt) return;
  const requiring = await ctx.db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspaceId')
    .select('workspaces.name')
    .where('memberships.userId', '=', userId)
    .where('memberships.deactivatedAt', 'is', null)
    .where('workspaces.requireTwoFactor', '=', true)
    .executeTakeFirst();
  if (requiring) {
    throw new AppError(
      'CONFLICT',
      `The workspace "${requiring.name}" requires two-factor sign-in, so it cannot be turned off. Ask its admin.`,
    );
  }
  await requireSecondFactor(ctx, userId, code);
  await ctx.db
    .updateTable('users')
    .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where('id', '=', userId)
    .execute();
  await ctx.db.deleteFrom('userRecoveryCodes').where('userId', '=', userId).execute();
  ctx.logger.info({ userId }, 'two-factor sign-in turned off');
}

/** New recovery codes (the old ones stop working); needs a current code. */
export async function regenerateRecoveryCodes(
  ctx: AppContext,
  userId: string,
  code: string,
): Promise<TRecoveryCodes> {
  const user = await loadUser(ctx.db, userId);
  if (!user.totpEnabledAt) throw new AppError('CONFLICT', 'Turn two-factor sign-in on first.');
  await requireSecondFactor(ctx, userId, code);
  return { recoveryCodes: await replaceRecoveryCodes(ctx.db, userId) };
}

export async function twoFactorStatus(db: Db, userId: string): Promise<TTwoFactorStatus> {
  const user = await loadUser(db, userId);
  const left = await db
    .selectFrom('userRecoveryCodes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft: Number(left.n),
  };
}
