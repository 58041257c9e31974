import type { AppContext } from '../../platform/context';
import { generateSecret, hashPassword, hashSecret, verifyPassword } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import { escapeHtml } from '../../platform/mail';
import { assertAcceptablePassword } from './password-policy';
import { revokeAllSessions } from './sessions';

// Changing and resetting a password. A reset link is single-use and lasts an hour; using it (or changing
// the password) signs the person out everywhere else, since a reset is what someone does after a leak.

const RESET_LINK_MINUTES = 60;

const COPY = {
  en: {
    subject: 'Reset your Touchpoint password',
    body: `Someone (perhaps you) asked to reset the password of your Touchpoint account. The link works once, for ${RESET_LINK_MINUTES} minutes.`,
    action: 'Choose a new password',
    footer: 'If this was not you, ignore this email: your password stays as it is.',
  },
  vi: {
    subject: 'Đặt lại mật khẩu Touchpoint của bạn',
    body: `Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu tài khoản Touchpoint của bạn. Liên kết chỉ dùng được một lần, trong ${RESET_LINK_MINUTES} phút.`,
    action: 'Chọn mật khẩu mới',
    footer: 'Nếu không phải bạn, hãy bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.',
  },
} as const;

export async function changePassword(
  ctx: AppContext,
  userId: string,
  currentTokenHash: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['passwordHash', 'email', 'name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', 'Your current password is not right.', [
      { name: 'body.currentPassword', reason: 'does not match' },
    ]);
  }
  assertAcceptablePassword(input.newPassword, [user.email, user.name]);
  await ctx.db
    .updateTable('users')
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where('id', '=', userId)
    .execute();
  // A reset link already sent (perhaps to a compromised mailbox) stops working too.
  await ctx.db
    .updateTable('passwordResetTokens')
    .set({ usedAt: new Date() })
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .execute();
  await revokeAllSessions(ctx.db, userId, currentTokenHash);
}

/**
 * Emails a reset link when the address has an account. The answer is the same either way (the route
 * answers 202 before this finishes), so the form cannot tell anyone whether an address has an account.
 */
export function requestPasswordReset(ctx: AppContext, email: string): void {
  const mailer = ctx.mailer;
  void (async () => {
    const user = await ctx.db
      .selectFrom('users')
      .select(['id', 'email', 'locale'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst();
    if (!user || !mailer) return;
    const token = generateSecret();
    await ctx.db
      .insertInto('passwordResetTokens')
      .values({
        tokenHash: hashSecret(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
      })
      .execute();
    const copy = user.locale === 'vi' ? COPY.vi : COPY.en;
    const url = `${ctx.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await mailer.send({
      to: user.email,
      subject: copy.subject,
      text: [copy.body, '', `${copy.action}: ${url}`, '', copy.footer].join('\n'),
      html: `<!doctype html><html lang="${user.locale}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>${escapeHtml(copy.body)}</p>
<p><a href="${escapeHtml(url)}">${escapeHtml(copy.action)}</a></p>
<p style="font-size:12px;color:#6b7280">${escapeHtml(copy.footer)}</p>
</body></html>`,
    });
  })().catch((error: unknown) => ctx.logger.warn({ err: error }, 'could not send a password reset email'));
}

/** Sets a new password with a reset link's token; the token is spent, and every session ends. */
export async function confirmPasswordReset(
  ctx: AppContext,
  input: { token: string; password: string },
): Promise<void> {
  const tokenHash = hashSecret(input.token);
  const row = await ctx.db
    .selectFrom('passwordResetTokens')
    .innerJoin('users', 'users.id', 'passwordResetTokens.userId')
    .select(['passwordResetTokens.userId', 'users.email', 'users.name'])
    .where('passwordResetTokens.tokenHash', '=', tokenHash)
    .where('passwordResetTokens.usedAt', 'is', null)
    .where('passwordResetTokens.expiresAt', '>', new Date())
    .executeTakeFirst();
  if (!row) {
    throw new AppError('GONE', 'This reset link has expired or was already used. Ask for a new one.');
  }
  assertAcceptablePassword(input.password, [row.email, row.name]);
  const passwordHash = await hashPassword(input.password);
  const spent = await ctx.db.transaction().execute(async (tx) => {
    // Claim the token first: of two requests racing with one link, only one sets a password.
    const claimed = await tx
      .updateTable('passwordResetTokens')
      .set({ usedAt: new Date() })
      .where('tokenHash', '=', tokenHash)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    await tx.updateTable('users').set({ passwordHash }).where('id', '=', row.userId).execute();
    // Other links sent before this one stop working too.
    await tx
      .updateTable('passwordResetTokens')
      .set({ usedAt: new Date() })
      .where('userId', '=', row.userId)
      .where('usedAt', 'is', null)
      .execute();
    return true;
  });
  if (!spent) throw new AppError('GONE', 'This reset link was already used. Ask for a new one.');
  await revokeAllSessions(ctx.db, row.userId);
}
