import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { trainChurnNow } from '../predictions/index';
import { createRandom } from './demo-random';

const DAY = 86_400_000;

/**
 * A churn history for the demo. Three in four demo customers have a known outcome (`churned` true or
 * false, the reverse of their `retained` attribute); the rest are current customers to score. Usage
 * events tell the story the model should find: customers who left had stopped logging in, had failed
 * payments and opened support tickets in their last weeks, most of them (not all: real data is noisy);
 * current customers range from thriving to drifting away. Then one model is trained at once (a few
 * hundred contacts take well under a second of CPU), so "Customers at risk" and each profile's churn
 * risk are there on first sign-in.
 */
export async function seedDemoChurn(ctx: AppContext, workspaceId: string): Promise<void> {
  const random = createRandom(20261208);
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'attributes'])
    .where('workspaceId', '=', workspaceId)
    .where('mergedInto', 'is', null)
    .orderBy('id')
    .execute();
  const labelled: { id: string; churned: boolean }[] = [];
  const events: { contactId: string; event: string; daysAgo: number }[] = [];
  const now = Date.now();
  for (const contact of contacts) {
    const retained = contact.attributes.retained;
    const known = typeof retained === 'boolean' && random.next() < 0.75;
    if (known) labelled.push({ id: contact.id, churned: !retained });
    // How far the customer has drifted away (0 thriving … 1 gone): mostly high for those who left.
    const drift = known
      ? retained
        ? random.next() < 0.85
          ? random.next() * 0.5
          : 0.5 + random.next() * 0.5
        : random.next() < 0.8
          ? 0.5 + random.next() * 0.5
          : random.next() * 0.5
      : random.next();
    const quietDays = Math.round(drift * drift * 80);
    const logins = Math.round((1 - drift) * 18 + random.next() * 4);
    for (let i = 0; i < logins; i++)
      events.push({
        contactId: contact.id,
        event: 'login',
        daysAgo: quietDays + random.int(0, 89 - Math.min(quietDays, 60)),
      });
    if (drift > 0.6 && random.next() < 0.6) {
      for (let i = random.int(1, 2); i > 0; i--)
        events.push({ contactId: contact.id, event: 'payment.failed', daysAgo: random.int(1, 25) });
    }
    const tickets = Math.floor(drift * 3 + random.next() * 1.2);
    for (let i = 0; i < tickets; i++)
      events.push({ contactId: contact.id, event: 'support.ticket', daysAgo: random.int(1, 60) });
  }
  for (const churned of [true, false]) {
    const ids = labelled.filter((c) => c.churned === churned).map((c) => c.id);
    if (ids.length === 0) continue;
    await sql`
      UPDATE contacts SET attributes = attributes || jsonb_build_object('churned', ${churned}::boolean)
      WHERE workspace_id = ${workspaceId} AND id = ANY(${ids}::uuid[])
    `.execute(ctx.db);
  }
  for (let start = 0; start < events.length; start += 1000) {
    await ctx.db
      .insertInto('contactEvents')
      .values(
        events.slice(start, start + 1000).map((e) => ({
          workspaceId,
          contactId: e.contactId,
          event: e.event,
          properties: JSON.stringify({}),
          occurredAt: new Date(now - e.daysAgo * DAY - random.int(0, 86_000) * 1000),
        })),
      )
      .execute();
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await trainChurnNow(ctx, workspaceId, { attribute: 'churned' });
  ctx.logger.info(
    {
      ...outcome,
      labelled: labelled.length,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round(process.cpuUsage(cpu).user / 1000),
    },
    'demo churn model trained',
  );
}
