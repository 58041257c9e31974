import type { AppContext } from '../../platform/context';
import { systemPrincipal } from '../../platform/http/principal';
import { createSegment } from '../segments/index';

/**
 * Three segments a CX team starts with: the people to call back first, the people to ask for a review,
 * and the big customers. Dynamic, so they follow the demo data (and anything added later).
 */
const DEMO_SEGMENTS = [
  {
    name: 'Detractors, last 90 days, with an open case',
    description: 'Unhappy customers we are already working with: call them back first.',
    condition: {
      all: [
        { field: 'npsBand', op: 'eq' as const, value: 'detractor' },
        { field: 'lastResponseAt', op: 'gte' as const, value: '-90d' },
        { field: 'openCases', op: 'gte' as const, value: 1 },
      ],
    },
  },
  {
    name: 'Promoters',
    description: 'Latest NPS answer 9 or 10: ask them for a review or a referral.',
    condition: { field: 'npsBand', op: 'eq' as const, value: 'promoter' },
  },
  {
    name: 'Enterprise plan',
    description: 'People in accounts on the Enterprise plan.',
    condition: { field: 'account.plan', op: 'eq' as const, value: 'Enterprise' },
  },
];

export async function seedDemoSegments(ctx: AppContext, workspaceId: string): Promise<void> {
  const principal = systemPrincipal(workspaceId);
  for (const segment of DEMO_SEGMENTS) {
    await createSegment(ctx, principal, { ...segment, kind: 'dynamic' });
  }
}
