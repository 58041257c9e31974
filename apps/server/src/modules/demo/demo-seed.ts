import type { TRole } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { insertUser, insertWorkspace } from '../identity/index';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoAct } from './demo-act';
import { seedDemoCampaigns } from './demo-campaigns';
import { seedDemoChurn } from './demo-churn';
import { seedDemoConversations } from './demo-conversations';
import { seedDemoKnowledge } from './demo-knowledge';
import { seedDemoListen } from './demo-listen';
import { seedDemoSegments } from './demo-segments';

export const DEMO_EMAIL = 'demo@touchpoint.local';
export const DEMO_PASSWORD = 'touchpoint-demo';
const DEMO_WORKSPACE = 'Lotus Retail (demo)';

// A bilingual retail brand with the teams that own its customer journey.
const COLLEAGUES: { email: string; name: string; role: TRole; locale: 'en' | 'vi'; teams: string[] }[] = [
  {
    email: 'linh.nguyen@lotus-retail.example',
    name: 'Nguyễn Thùy Linh',
    role: 'cx_manager',
    locale: 'vi',
    teams: ['Customer Experience'],
  },
  {
    email: 'minh.tran@lotus-retail.example',
    name: 'Trần Quang Minh',
    role: 'analyst',
    locale: 'vi',
    teams: ['Customer Experience', 'Product'],
  },
  {
    email: 'hoa.pham@lotus-retail.example',
    name: 'Phạm Thị Hoa',
    role: 'agent',
    locale: 'vi',
    teams: ['Support'],
  },
  {
    email: 'james.carter@lotus-retail.example',
    name: 'James Carter',
    role: 'team_member',
    locale: 'en',
    teams: ['Operations'],
  },
  {
    email: 'sofia.reyes@lotus-retail.example',
    name: 'Sofia Reyes',
    role: 'team_member',
    locale: 'en',
    teams: ['Marketing'],
  },
  {
    email: 'duc.vo@lotus-retail.example',
    name: 'Võ Minh Đức',
    role: 'agent',
    locale: 'vi',
    teams: ['Support'],
  },
  {
    email: 'emma.wilson@lotus-retail.example',
    name: 'Emma Wilson',
    role: 'viewer',
    locale: 'en',
    teams: ['Sales'],
  },
];

const TEAMS: { name: string; description: string }[] = [
  { name: 'Customer Experience', description: 'Runs the CX programme: surveys, insights and loop closure.' },
  { name: 'Marketing', description: 'Owns awareness and consideration: website, campaigns, social.' },
  { name: 'Sales', description: 'Owns store and online purchase, B2B accounts.' },
  { name: 'Product', description: 'Owns the app, the website experience and the assortment.' },
  { name: 'Support', description: 'Owns live chat, hotline and returns.' },
  { name: 'Operations', description: 'Owns delivery, warehouses and store operations.' },
];

export async function hasAnyWorkspace(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  return Boolean(row);
}

/**
 * Creates the demo workspace (once): an admin to sign in as, colleagues in every role, and the teams that
 * own the journey. Returns false when it already exists.
 */
export async function seedDemoWorkspace(ctx: AppContext, onProgress?: (done: number, total: number) => void) {
  const existing = await ctx.db
    .selectFrom('workspaces')
    .select('id')
    .where('isDemo', '=', true)
    .executeTakeFirst();
  if (existing) return false;
  const total = 3 + COLLEAGUES.length + TEAMS.length;
  let done = 0;
  const step = () => onProgress?.(++done, total);
  const { workspaceId, teamIds } = await inTransaction(ctx, async (tx) => {
    const adminId = await insertUser(tx, { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Demo Admin' });
    step();
    const workspaceId = await insertWorkspace(tx, DEMO_WORKSPACE, adminId, { isDemo: true });
    step();
    const teamIds = new Map<string, string>();
    for (const team of TEAMS) {
      const id = uuidv7();
      teamIds.set(team.name, id);
      await tx
        .insertInto('teams')
        .values({ workspaceId, id, ...team })
        .execute();
      await recordEvent(tx, {
        workspaceId,
        type: 'team.created',
        actor: 'system',
        subjectId: id,
        payload: { name: team.name },
      });
      step();
    }
    for (const person of COLLEAGUES) {
      const userId = await insertUser(tx, { ...person, password: DEMO_PASSWORD });
      await tx.insertInto('memberships').values({ workspaceId, userId, role: person.role }).execute();
      for (const team of person.teams) {
        await tx
          .insertInto('teamMembers')
          .values({ workspaceId, teamId: teamIds.get(team) as string, userId })
          .execute();
      }
      await recordEvent(tx, {
        workspaceId,
        type: 'member.joined',
        actor: 'system',
        subjectId: userId,
        payload: { email: person.email, role: person.role },
      });
      step();
    }
    return { workspaceId, teamIds };
  });
  await seedDemoListen(ctx, workspaceId, teamIds);
  step();
  await seedDemoAct(ctx, workspaceId, teamIds);
  await seedDemoKnowledge(ctx, workspaceId);
  await seedDemoConversations(ctx, workspaceId);
  await seedDemoAccounts(ctx, workspaceId);
  await seedDemoChurn(ctx, workspaceId);
  await seedDemoSegments(ctx, workspaceId);
  await seedDemoCampaigns(ctx, workspaceId);
  return true;
}
