import type { TConversationMessage } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { LivePayload } from '../../platform/live-updates';
import { escapeHtml } from '../../platform/mail';
import { takeHandoverEmail } from './limits';

// What a conversation change does outside its transaction, gathered while it runs and carried out right
// after the commit: live notices to open streams (never through the job queue) and emails to agents who
// are away. Nothing here runs for a rolled-back transaction.

/** A carried message must fit a PostgreSQL NOTIFY (8,000 bytes) with room to spare; longer ones go as ids. */
const MAX_CARRIED_BYTES = 6_000;

export const conversationChannel = (conversationId: string) => `conversation:${conversationId}`;
export const workspaceChannel = (workspaceId: string) => `conversations:${workspaceId}`;
/** Waiting customers recompute their place in line when anyone's queue changes. */
export const queueChannel = (workspaceId: string) => `conversation-queue:${workspaceId}`;

interface AwayEmail {
  workspaceId: string;
  userIds: string[];
  subject: string;
  text: string;
  link: string;
}

export class Effects {
  private readonly notices: { channel: string; payload: LivePayload }[] = [];
  private readonly emails: AwayEmail[] = [];

  /**
   * A new message: the customer's stream hears it unless it is a private note; agents always do. With the
   * message as the customer sees it (`presented`), the customer's notice carries it, so their stream sends
   * it without reading the database: on the embedded database every read waits its turn behind background
   * work, and a chat message must not (agents' notices stay ids: each reader applies its own PII view).
   */
  message(
    workspaceId: string,
    conversationId: string,
    messageId: string,
    isPrivate: boolean,
    presented?: TConversationMessage,
  ): void {
    const payload = { type: 'message', conversationId, messageId };
    if (!isPrivate) {
      const carried = presented && !presented.private ? JSON.stringify(presented) : null;
      this.notices.push({
        channel: conversationChannel(conversationId),
        payload:
          carried && Buffer.byteLength(carried) <= MAX_CARRIED_BYTES
            ? { ...payload, message: carried }
            : payload,
      });
    }
    this.notices.push({ channel: workspaceChannel(workspaceId), payload });
  }

  /** The conversation's status, team, assignee or queue changed. */
  conversation(workspaceId: string, conversationId: string, options: { queueMoved?: boolean } = {}): void {
    const payload = { type: 'status', conversationId };
    this.notices.push({ channel: conversationChannel(conversationId), payload });
    this.notices.push({ channel: workspaceChannel(workspaceId), payload });
    if (options.queueMoved)
      this.notices.push({ channel: queueChannel(workspaceId), payload: { type: 'queue' } });
  }

  /** The conversation was resolved (its status notice tells the customer's stream). */
  resolved(workspaceId: string, conversationId: string): void {
    this.conversation(workspaceId, conversationId, { queueMoved: true });
  }

  /** The satisfaction question was asked: the customer's stream shows it. */
  csatAsked(conversationId: string): void {
    this.notices.push({
      channel: conversationChannel(conversationId),
      payload: { type: 'csat', conversationId },
    });
  }

  emailAway(email: AwayEmail): void {
    this.emails.push(email);
  }

  /** Publishes the notices (in order) and sends the emails in the background. */
  async flush(ctx: AppContext): Promise<void> {
    const seen = new Set<string>();
    for (const notice of this.notices) {
      const key = `${notice.channel}|${JSON.stringify(notice.payload)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await ctx.live
        .publish(notice.channel, notice.payload)
        .catch((error: unknown) => ctx.logger.warn({ err: error }, 'live update not published'));
    }
    for (const email of this.emails) {
      void sendAwayEmail(ctx, email).catch((error: unknown) =>
        ctx.logger.warn({ err: error }, 'hand-over email to an away agent failed'),
      );
    }
  }
}

/** Emails the agents among `userIds` whose presence is 'away' (in-app notifications reach the others). */
async function sendAwayEmail(ctx: AppContext, email: AwayEmail): Promise<void> {
  if (!ctx.mailer || email.userIds.length === 0) return;
  const rows = await ctx.db
    .selectFrom('agentPresence as p')
    .innerJoin('users as u', 'u.id', 'p.userId')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.workspaceId', '=', 'p.workspaceId').onRef('m.userId', '=', 'p.userId'),
    )
    .select(['u.email', 'u.name'])
    .where('p.workspaceId', '=', email.workspaceId)
    .where('p.userId', 'in', email.userIds)
    .where('p.presence', '=', 'away')
    .where('m.deactivatedAt', 'is', null)
    .execute();
  const url = `${ctx.publicUrl}${email.link}`;
  for (const row of rows) {
    // A burst of hand-overs (a storm of angry customers, a bot outage) must not become a storm of mail:
    // beyond the workspace's hourly budget only the in-app notifications (already written) tell agents.
    if (!takeHandoverEmail(ctx, email.workspaceId)) {
      ctx.logger.warn({ workspaceId: email.workspaceId }, 'hand-over email budget reached; in-app only');
      return;
    }
    await ctx.mailer.send({
      to: row.email,
      subject: email.subject,
      text: `${email.text}\n\nOpen it: ${url}\n`,
      html: `<p>${escapeHtml(email.text)}</p><p><a href="${escapeHtml(url)}">Open the conversation</a></p>`,
    });
  }
}
