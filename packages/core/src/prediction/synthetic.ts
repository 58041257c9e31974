// A seeded, synthetic customer base with a churn label, for developing and checking the churn model where
// no real history is at hand. The causes are planted and partly non-linear (the first months are risky,
// silence past a month is risky, a fall in NPS matters more than its level), with noise, gaps and
// identifier columns, as real exports have.
import type { FeatureRow } from './features';
import { seededRandom } from './random';

/** Given and family names for the name-like identifier column (never a feature). */
export const SYNTHETIC_FIRST_NAMES = [
  'Anna',
  'Minh',
  'Lan',
  'John',
  'Maria',
  'Huy',
  'Thao',
  'Peter',
  'Linh',
  'Sara',
  'Quang',
  'Emma',
];
export const SYNTHETIC_LAST_NAMES = [
  'Nguyen',
  'Tran',
  'Le',
  'Smith',
  'Pham',
  'Garcia',
  'Hoang',
  'Muller',
  'Vo',
  'Brown',
  'Dang',
  'Rossi',
];
const PLANS = ['starter', 'growth', 'business', 'enterprise'] as const;
const REGIONS = ['north', 'south', 'central', 'export'] as const;
const CHANNELS = ['web', 'partner', 'sales', 'app-store'] as const;

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function choose<T>(random: () => number, items: readonly T[], weights?: readonly number[]): T {
  const w = weights ?? items.map(() => 1);
  let r = random() * w.reduce((s, x) => s + x, 0);
  for (let i = 0; i < items.length; i++) {
    r -= w[i] as number;
    if (r <= 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** `count` customers, each a row of attributes plus `churned` (true/false); the same seed gives the same rows. */
export function generateChurnCustomers(count: number, seed: number): FeatureRow[] {
  const random = seededRandom(seed);
  const rows: FeatureRow[] = [];
  for (let i = 0; i < count; i++) {
    const plan = choose(random, PLANS, [4, 3, 2, 1]);
    const region = choose(random, REGIONS, [3, 3, 2, 1]);
    const channel = choose(random, CHANNELS, [4, 2, 2, 1]);
    const contract = choose(random, ['monthly', 'annual'], plan === 'starter' ? [4, 1] : [1, 1]);
    const tenureMonths = Math.max(0, Math.round(-Math.log(Math.max(random(), 1e-9)) * 20));
    const seats = Math.max(1, Math.round(Math.exp(normal(random) * 0.8 + PLANS.indexOf(plan) * 0.9)));
    const monthlySpend = Math.round(seats * (15 + PLANS.indexOf(plan) * 12) * (0.8 + 0.4 * random()));
    const engagement = normal(random);
    const daysSinceLogin = Math.round(Math.exp(1.8 - engagement * 0.9 + normal(random) * 0.5));
    const logins30 = Math.max(0, Math.round(Math.exp(2.2 + engagement * 0.7 + normal(random) * 0.3)));
    const tickets90 = Math.max(0, Math.round(Math.exp(normal(random) * 0.7) - 0.6));
    const paymentFailures = random() < 0.08 ? 1 + Math.floor(random() * 3) : 0;
    const answered = random() < 0.65;
    const npsPrevious = answered ? Math.min(10, Math.max(0, Math.round(7.5 + normal(random) * 2))) : null;
    const falls = answered && random() < 0.2;
    const npsLatest =
      npsPrevious === null
        ? null
        : falls
          ? Math.max(0, npsPrevious - 3 - Math.floor(random() * 4))
          : Math.min(10, Math.max(0, npsPrevious + Math.round(normal(random))));
    const negativeComments = Math.max(0, Math.round((tickets90 + (falls ? 1.5 : 0)) * random()));

    let z = -2.2;
    z += tenureMonths < 4 ? 1.3 : tenureMonths < 12 ? 0.5 : -0.3;
    z += contract === 'monthly' ? 0.7 : -0.4;
    z += daysSinceLogin > 30 ? 1.6 : daysSinceLogin > 14 ? 0.6 : -0.2;
    z += paymentFailures > 0 ? 1.1 : 0;
    z += npsLatest !== null && npsPrevious !== null && npsPrevious - npsLatest >= 3 ? 1.4 : 0;
    z += npsLatest !== null && npsLatest <= 6 ? 0.4 : 0;
    z += 0.25 * Math.min(negativeComments, 4);
    z += plan === 'enterprise' ? -0.6 : 0;
    z += region === 'export' ? 0.3 : 0;
    z += normal(random) * 0.6;
    const churned = random() < 1 / (1 + Math.exp(-z));

    const first = choose(random, SYNTHETIC_FIRST_NAMES);
    const last = choose(random, SYNTHETIC_LAST_NAMES);
    rows.push({
      id: `cus_${(seed * 100_000 + i).toString(36)}`,
      name: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.com`,
      plan,
      region,
      channel,
      contract,
      tenure_months: tenureMonths,
      seats,
      monthly_spend: monthlySpend,
      logins_30d: logins30,
      days_since_last_login: daysSinceLogin,
      tickets_90d: tickets90,
      negative_comments_90d: negativeComments,
      payment_failures: paymentFailures,
      nps_previous: npsPrevious,
      nps_latest: npsLatest,
      churned,
    });
  }
  return rows;
}
