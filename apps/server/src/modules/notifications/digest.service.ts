import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { escapeHtml } from '../../platform/mail';

// The daily digest: one email per person and workspace listing the notifications they have not read and
// that no earlier digest listed. Claimed before sending (digested_at set in one UPDATE … RETURNING), so
// two digest runs never send the same notification twice; a failed send releases the claim so the next
// run tries again.

/** At most this many notifications are listed one by one; the rest are counted. */
const LISTED = 20;

const COPY = {
  en: {
    subject: (n: number, w: string) => `${n} unread notification${n === 1 ? '' : 's'} in ${w}`,
    greeting: (name: string) => `Hi ${name},`,
    intro: (w: string) => `Here is what happened in ${w} that you have not seen yet:`,
    more: (n: number) => `…and ${n} more.`,
    open: 'Open Touchpoint',
    footer: 'You get this daily digest because it is on in your notification settings. Turn it off there.',
  },
  vi: {
    subject: (n: number, w: string) => `${n} thông báo chưa đọc trong ${w}`,
    greeting: (name: string) => `Chào ${name},`,
    intro: (w: string) => `Đây là những việc trong ${w} mà bạn chưa xem:`,
    more: (n: number) => `…và ${n} thông báo khác.`,
    open: 'Mở Touchpoint',
    footer: 'Bạn nhận bản tóm tắt hằng ngày này vì đã bật nó trong cài đặt thông báo. Có thể tắt tại đó.',
  },
} as const;

interface DigestItem {
  title: string;
  body: string;
  link: string | null;
}

/** The digest email in the person's interface language (English for anything but Vietnamese). */
export function renderDigestEmail(input: {
  locale: string;
  name: string;
  workspaceName: string;
  items: DigestItem[];
  total: number;
  publicUrl: string;
}) {
  const copy = input.locale === 'vi' ? COPY.vi : COPY.en;
  const url = (link: string | null) => `${input.publicUrl}${link ?? '/'}`;
  const shown = input.items.slice(0, LISTED);
  const rest = input.total - shown.length;
  const subject = copy.subject(input.total, input.workspaceName);
  const text = [
    copy.greeting(input.name),
    '',
    copy.intro(input.workspaceName),
    '',
    ...shown.map((item) => `- ${item.title}${item.body ? ` — ${item.body}` : ''}\n  ${url(item.link)}`),
    ...(rest > 0 ? [copy.more(rest)] : []),
    '',
    `${copy.open}: ${input.publicUrl}/`,
    '',
    copy.footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${input.locale === 'vi' ? 'vi' : 'en'}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>${escapeHtml(copy.greeting(input.name))}</p>
<p>${escapeHtml(copy.intro(input.workspaceName))}</p>
<ul>${shown
    .map(
      (item) =>
        `<li><a href="${escapeHtml(url(item.link))}">${escapeHtml(item.title)}</a>${item.body ? ` — ${escapeHtml(item.body)}` : ''}</li>`,
    )
    .join('')}</ul>
${rest > 0 ? `<p>${escapeHtml(copy.more(rest))}</p>` : ''}
<p><a href="${escapeHtml(`${input.publicUrl}/`)}">${escapeHtml(copy.open)}</a></p>
<p style="font-size:12px;color:#6b7280">${escapeHtml(copy.footer)}</p>
</body></html>`;
  return { subject, text, html };
}

/**
 * Sends today's digests: every active member with the daily digest on and unread, undigested
 * notifications gets one email. Without SMTP nothing is claimed (the notifications wait for a later run).
 */
export async function sendNotificationDigests(
  ctx: AppContext,
  options: { atLocalHour?: number } = {},
): Promise<{ sent: number; failed: number }> {
  if (!ctx.mailer) {
    ctx.logger.warn('SMTP is not configured; notification digests are not sent');
    return { sent: 0, failed: 0 };
  }
  const recipients = await ctx.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .innerJoin('workspaces as w', 'w.id', 'm.workspaceId')
    .select(['m.workspaceId', 'm.userId', 'u.email', 'u.name', 'u.locale', 'w.name as workspaceName'])
    .where('m.notificationDigest', '=', 'daily')
    .where('m.deactivatedAt', 'is', null)
    // The hourly schedule sends each workspace's digests at that hour of its own time zone.
    .$if(options.atLocalHour !== undefined, (q) =>
      q.where(sql<boolean>`extract(hour from now() AT TIME ZONE w.time_zone) = ${options.atLocalHour ?? 0}`),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('notifications as n')
          .select('n.id')
          .whereRef('n.workspaceId', '=', 'm.workspaceId')
          .whereRef('n.userId', '=', 'm.userId')
          .where('n.readAt', 'is', null)
          .where('n.digestedAt', 'is', null),
      ),
    )
    .orderBy('m.workspaceId')
    .orderBy('m.userId')
    .execute();
  let sent = 0;
  let failed = 0;
  for (const person of recipients) {
    const claimed = await ctx.db
      .updateTable('notifications')
      .set({ digestedAt: new Date() })
      .where('workspaceId', '=', person.workspaceId)
      .where('userId', '=', person.userId)
      .where('readAt', 'is', null)
      .where('digestedAt', 'is', null)
      .returning(['id', 'title', 'body', 'link'])
      .execute();
    if (claimed.length === 0) continue;
    const items = [...claimed].sort((a, b) => Number(b.id) - Number(a.id));
    const email = renderDigestEmail({
      locale: person.locale,
      name: person.name,
      workspaceName: person.workspaceName,
      items,
      total: items.length,
      publicUrl: ctx.publicUrl,
    });
    try {
      await ctx.mailer.send({ to: person.email, ...email });
      sent++;
    } catch (error) {
      failed++;
      ctx.logger.error({ err: error, userId: person.userId }, 'notification digest could not be sent');
      await ctx.db
        .updateTable('notifications')
        .set({ digestedAt: null })
        .where('workspaceId', '=', person.workspaceId)
        .where(
          'id',
          'in',
          claimed.map((c) => c.id),
        )
        .execute();
    }
  }
  return { sent, failed };
}
