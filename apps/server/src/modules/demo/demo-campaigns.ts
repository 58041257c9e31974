import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret } from '../../platform/crypto';
import { inTransaction } from '../../platform/db/transaction';
import { segmentContactIds } from '../segments/index';

const DAY_MS = 86_400_000;

const REVIEW_TEMPLATE = {
  en: {
    subject: 'Thank you, {{customerName}} — would you tell others?',
    body: 'Hi {{customerName}},\n\nThank you for recommending Lotus Retail. A short review helps other shoppers choose: https://reviews.example.com/lotus-retail\n\nThe Lotus Retail team',
  },
  vi: {
    subject: 'Cảm ơn {{customerName}} — bạn chia sẻ với mọi người nhé?',
    body: 'Chào {{customerName}},\n\nCảm ơn bạn đã giới thiệu Lotus Retail. Một đánh giá ngắn giúp người mua khác lựa chọn: https://reviews.example.com/lotus-retail\n\nĐội ngũ Lotus Retail',
  },
};

/**
 * One email template and one finished campaign (a review request to the Promoters segment, sent a week
 * ago) so the Campaigns pages have results: sent, opened via link clicks, and skips with their reasons.
 * Written as the campaign job leaves them, in a few batched statements, without sending any email.
 */
export async function seedDemoCampaigns(ctx: AppContext, workspaceId: string): Promise<void> {
  const segment = await ctx.db
    .selectFrom('segments')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', 'Promoters')
    .executeTakeFirst();
  if (!segment) return;
  const contacts = await segmentContactIds(ctx.db, workspaceId, segment.id, 300);
  const templateId = uuidv7();
  const campaignId = uuidv7();
  const sentAt = new Date(Date.now() - 7 * DAY_MS);
  const emails: Record<string, unknown>[] = [];
  const recipients: Record<string, unknown>[] = [];
  for (const [i, contact] of contacts.entries()) {
    const language = contact.attributes.language === 'vi' ? 'vi' : 'en';
    if (!contact.email) {
      recipients.push({
        workspaceId,
        campaignId,
        contactId: contact.id,
        email: null,
        language: null,
        status: 'skipped',
        skipReason: 'no_email',
        detail: 'This contact has no email address.',
      });
      continue;
    }
    if (i % 9 === 4) {
      recipients.push({
        workspaceId,
        campaignId,
        contactId: contact.id,
        email: contact.email,
        language: null,
        status: 'skipped',
        skipReason: 'over_budget',
        detail: 'The contact already had 2 surveys in the last 30 days (budget: 2).',
      });
      continue;
    }
    const id = uuidv7();
    const name =
      typeof contact.attributes.name === 'string' ? contact.attributes.name : contact.email.split('@')[0];
    const token = generateSecret(24);
    const text = REVIEW_TEMPLATE[language];
    emails.push({
      workspaceId,
      id,
      templateId,
      contactId: contact.id,
      source: `campaign:${campaignId}`,
      email: contact.email,
      language,
      subject: text.subject.replaceAll('{{customerName}}', name ?? ''),
      body: text.body
        .replaceAll('{{customerName}}', name ?? '')
        .replace('https://reviews.example.com/lotus-retail', `${ctx.publicUrl}/c/${token}/0`),
      links: JSON.stringify(['https://reviews.example.com/lotus-retail']),
      clickToken: token,
      status: 'sent',
      attempts: 1,
      createdAt: sentAt,
      sentAt,
      clickedAt: i % 3 === 0 ? new Date(sentAt.getTime() + (i % 48) * 3_600_000) : null,
    });
    recipients.push({
      workspaceId,
      campaignId,
      contactId: contact.id,
      email: contact.email,
      language,
      status: 'queued',
      templateEmailId: id,
      createdAt: sentAt,
    });
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('emailTemplates')
      .values({
        workspaceId,
        id: templateId,
        name: 'Review request',
        defaultLanguage: 'en',
        content: JSON.stringify(REVIEW_TEMPLATE),
      })
      .execute();
    await tx
      .insertInto('campaigns')
      .values({
        workspaceId,
        id: campaignId,
        name: 'Promoters: ask for a review',
        segmentId: segment.id,
        segmentName: segment.name,
        kind: 'email',
        templateId,
        priority: 'low',
        status: 'sent',
        total: recipients.length,
        processed: recipients.length,
        createdAt: new Date(sentAt.getTime() - 3_600_000),
        startedAt: sentAt,
        finishedAt: new Date(sentAt.getTime() + 60_000),
      })
      .execute();
    // Batched: a few statements whatever the segment's size, so seeding stays fast.
    for (let i = 0; i < emails.length; i += 500) {
      await tx
        .insertInto('templateEmails')
        .values(emails.slice(i, i + 500) as never)
        .execute();
    }
    for (let i = 0; i < recipients.length; i += 500) {
      await tx
        .insertInto('campaignRecipients')
        .values(recipients.slice(i, i + 500) as never)
        .execute();
    }
  });
}
