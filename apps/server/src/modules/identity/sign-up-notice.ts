import type { AppContext } from '../../platform/context';
import { escapeHtml } from '../../platform/mail';

// One notice per account per hour at most, so the sign-up form cannot be used to flood someone's inbox.
const NOTICE_INTERVAL_MS = 3_600_000;
const MAX_TRACKED = 10_000;
const lastNoticeAt = new Map<string, number>();

const COPY = {
  en: {
    subject: 'Someone tried to sign up to Touchpoint with your email',
    greeting: (name: string) => `Hello ${name},`,
    body: (email: string) =>
      `Someone (perhaps you) just tried to create a new Touchpoint account with ${email}. This email already has an account, so nothing was created and nothing about your account changed.`,
    action: 'Sign in to your account',
    footer:
      'If this was not you, you can ignore this email. To join another workspace, ask one of its admins for an invitation.',
  },
  vi: {
    subject: 'Có người đã thử đăng ký Touchpoint bằng email của bạn',
    greeting: (name: string) => `Xin chào ${name},`,
    body: (email: string) =>
      `Có người (có thể là bạn) vừa thử tạo tài khoản Touchpoint mới với ${email}. Email này đã có tài khoản, nên không có gì được tạo và tài khoản của bạn không thay đổi.`,
    action: 'Đăng nhập vào tài khoản của bạn',
    footer:
      'Nếu không phải bạn, bạn có thể bỏ qua email này. Để tham gia một không gian làm việc khác, hãy nhờ quản trị viên của nó gửi lời mời.',
  },
} as const;

/** Whether a notice to this account may go out now (and remembers that it does). */
function claimNotice(userId: string, now: number): boolean {
  const last = lastNoticeAt.get(userId);
  if (last !== undefined && now - last < NOTICE_INTERVAL_MS) return false;
  if (lastNoticeAt.size >= MAX_TRACKED) {
    for (const [id, at] of lastNoticeAt) if (now - at >= NOTICE_INTERVAL_MS) lastNoticeAt.delete(id);
    if (lastNoticeAt.size >= MAX_TRACKED) lastNoticeAt.clear();
  }
  lastNoticeAt.set(userId, now);
  return true;
}

/**
 * Tells the owner of an email that someone tried to sign up with it. Runs after the answer, never awaited,
 * so neither the SMTP round trip nor its failure shows in the sign-up response. Best effort: without SMTP
 * there is no one to tell.
 */
export function notifySignUpAttempt(ctx: AppContext, userId: string): void {
  const mailer = ctx.mailer;
  if (!mailer || !claimNotice(userId, Date.now())) return;
  void (async () => {
    const user = await ctx.db
      .selectFrom('users')
      .select(['email', 'name', 'locale'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) return;
    const copy = user.locale === 'vi' ? COPY.vi : COPY.en;
    const signInUrl = `${ctx.publicUrl}/sign-in?email=${encodeURIComponent(user.email)}`;
    await mailer.send({
      to: user.email,
      subject: copy.subject,
      text: [
        copy.greeting(user.name),
        '',
        copy.body(user.email),
        '',
        `${copy.action}: ${signInUrl}`,
        '',
        copy.footer,
      ].join('\n'),
      html: `<!doctype html><html lang="${user.locale === 'vi' ? 'vi' : 'en'}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>${escapeHtml(copy.greeting(user.name))}</p>
<p>${escapeHtml(copy.body(user.email))}</p>
<p><a href="${escapeHtml(signInUrl)}">${escapeHtml(copy.action)}</a></p>
<p style="font-size:12px;color:#6b7280">${escapeHtml(copy.footer)}</p>
</body></html>`,
    });
  })().catch((error: unknown) => {
    lastNoticeAt.delete(userId);
    ctx.logger.warn({ err: error, userId }, 'could not send the sign-up attempt notice');
  });
}
