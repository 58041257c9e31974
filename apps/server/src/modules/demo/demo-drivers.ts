import { validateSubmission } from '@touchpoint/core';
import type { TAnswerValue, TChannel, TSurveyDefinition } from '@touchpoint/schemas';
import type { Insertable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Database } from '../../platform/db/schema';
import { inTransaction } from '../../platform/db/transaction';
import { resolveContact } from '../contacts/index';
import { createRandom, score } from './demo-random';

type ResponseRow = Insertable<Database['responses']>;

interface DemoSurvey {
  id: string;
  name: string;
  touchpointId: string | null;
  definition: TSurveyDefinition;
}

/** Customers added for the cross-touchpoint driver views. */
export const COHORT_SIZE = 200;
/** Share of the cohort answering at each touchpoint (never all of them: the gaps are the point). */
const COVERAGE = { delivery: 0.85, checkout: 0.6, chat: 0.45, store: 0.35 } as const;

/**
 * A cohort of customers who answered the relationship NPS survey AND surveys at the touchpoints they went
 * through, so the touchpoint driver view has something true to find out of the box. Added after the
 * original demo data, from its own seeded generator, with new contacts: every score, comment and contact of
 * the original demo stays exactly as it was (the cohort writes no open text, so the text analytics are
 * unchanged too).
 *
 * The story: each customer's likelihood to recommend follows their delivery experience strongly (and it is
 * the weakest touchpoint: "fix first"), support effort moderately, and checkout and the store visit barely —
 * the store is liked, but that is not what makes customers recommend the brand.
 */
export async function seedDriverCohort(
  ctx: AppContext,
  workspaceId: string,
  input: {
    surveys: readonly DemoSurvey[];
    store: DemoSurvey;
    people: {
      cities: readonly string[];
      tiers: readonly string[];
      family: readonly string[];
      given: readonly string[];
      accounts: readonly string[];
    };
    now: number;
  },
): Promise<ResponseRow[]> {
  const random = createRandom(20261209);
  const byName = (name: string) => {
    const survey = input.surveys.find((s) => s.name === name);
    if (!survey) throw new Error(`demo survey ${name} is missing`);
    return survey;
  };
  const relationship = byName('Relationship NPS');
  const delivery = byName('Delivery CSAT');
  const support = byName('Post-support CES');
  const checkout = byName('Checkout experience');

  const rows: ResponseRow[] = [];
  const respond = (
    survey: DemoSurvey,
    contactId: string,
    key: string,
    answers: Record<string, TAnswerValue>,
    hiddenFields: Record<string, string>,
    channel: TChannel,
    daysAgo: number,
  ) => {
    const language = random.next() < 0.6 ? 'vi' : 'en';
    const { issues } = validateSubmission(survey.definition, { answers, hiddenFields, finished: true });
    if (issues.length > 0)
      throw new Error(`demo cohort answer does not fit ${survey.name}: ${JSON.stringify(issues)}`);
    const createdAt = new Date(input.now - (daysAgo * 24 * 60 + random.int(0, 23 * 60)) * 60_000);
    const nps = survey.definition.questions.find((q) => q.type === 'nps');
    const npsScore = nps ? answers[nps.id] : undefined;
    rows.push({
      workspaceId,
      id: uuidv7(),
      surveyId: survey.id,
      surveyVersion: 1,
      touchpointId: survey.touchpointId,
      contactId,
      linkId: null,
      idempotencyKey: `demo-cohort-${key}`,
      channel,
      language,
      answers: JSON.stringify(answers),
      hiddenFields: JSON.stringify(hiddenFields),
      meta: JSON.stringify({ source: 'demo' }),
      npsScore: typeof npsScore === 'number' ? npsScore : null,
      finished: true,
      createdAt,
      updatedAt: createdAt,
      finishedAt: createdAt,
    });
  };

  // First each customer's experience and recommendation, then their contact (retention follows the NPS).
  const customers = Array.from({ length: COHORT_SIZE }, (_, i) => {
    const deliverySat = score(random, 1, 5, -0.4);
    const effort = score(random, 1, 7, 0.3);
    const ease = score(random, 1, 5, 0.6);
    const visit = random.next() < 0.86 ? random.int(4, 5) : random.int(1, 3);
    const raw =
      (deliverySat - 1) * 1.5 +
      (effort - 1) * 0.75 +
      (ease - 1) * 0.2 +
      (visit - 1) * 0.1 +
      (random.next() - 0.5) * 2 +
      0.5;
    const nps = Math.max(0, Math.min(10, Math.round(raw)));
    return {
      i,
      deliverySat,
      effort,
      ease,
      visit,
      nps,
      segment: random.pick(['retail', 'retail', 'b2b']),
      at: {
        delivery: random.next() < COVERAGE.delivery,
        checkout: random.next() < COVERAGE.checkout,
        chat: random.next() < COVERAGE.chat,
        store: random.next() < COVERAGE.store,
      },
    };
  });
  const contactIds = await inTransaction(ctx, async (tx) => {
    const ids: string[] = [];
    for (const customer of customers) {
      const n = customer.i + 1;
      const { contact } = await resolveContact(
        tx,
        workspaceId,
        { externalId: `CUS-${String(20_000 + n)}`, email: `member${n}@example.vn` },
        {
          name: `${random.pick(input.people.family)} ${random.pick(input.people.given)}`,
          city: random.pick(input.people.cities),
          tier: random.pick(input.people.tiers),
          totalSpendVnd: random.int(2, 400) * 100_000,
          customerSince: new Date(input.now - random.int(30, 1500) * 86_400_000).toISOString().slice(0, 10),
          // The same rule as the original contacts: 25 % stay at NPS 0, 95 % at 10.
          retained: random.next() < 0.25 + 0.07 * customer.nps,
          ...(customer.segment === 'b2b' ? { account: random.pick(input.people.accounts) } : {}),
        },
        'system',
      );
      ids.push(contact.id);
    }
    return ids;
  });

  for (const customer of customers) {
    const contactId = contactIds[customer.i] as string;
    const key = (what: string) => `${what}-${customer.i}`;
    // Touchpoints first, the relationship survey a little later (its answer is the customer's latest).
    const relationshipDaysAgo = random.int(0, 60);
    const before = () => relationshipDaysAgo + random.int(1, 28);
    if (customer.at.delivery) {
      const csat = customer.deliverySat;
      const issue = random.pick(['late', 'late', 'late', 'damaged', 'courier', 'wrong_item']);
      respond(
        delivery,
        contactId,
        key('delivery'),
        csat >= 4 ? { csat } : { csat, issue },
        { order_id: `DH${random.int(100_000, 999_999)}` },
        random.pick(['sms', 'email', 'link'] as const),
        before(),
      );
    }
    if (customer.at.checkout) {
      const payment = [random.pick(['card', 'momo', 'cod', 'bank'])];
      respond(checkout, contactId, key('checkout'), { ease: customer.ease, payment }, {}, 'widget', before());
    }
    if (customer.at.chat) {
      const ces = customer.effort;
      const resolved = ces >= 5 ? random.pick(['yes', 'yes', 'partly']) : random.pick(['partly', 'no', 'no']);
      respond(
        support,
        contactId,
        key('chat'),
        { ces, resolved },
        { agent: random.pick(['hoa.pham', 'duc.vo']) },
        'link',
        before(),
      );
    }
    if (customer.at.store) {
      // The store survey's own NPS question is about the brand, drawn like the original visits'.
      respond(
        input.store,
        contactId,
        key('store'),
        { visit_sat: customer.visit, nps: random.pick([3, 5, 6, 7, 7, 8, 8, 9, 10]) },
        {},
        'qr',
        before(),
      );
    }
    respond(
      relationship,
      contactId,
      key('relationship'),
      { nps: customer.nps },
      { segment: customer.segment },
      'email',
      relationshipDaysAgo,
    );
  }
  return rows;
}
