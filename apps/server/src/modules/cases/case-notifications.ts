import type { Tx } from '../../platform/db/database';
import { notifyTeam, notifyUsers } from '../notifications/index';

interface CaseRef {
  id: string;
  number: number;
  title: string;
}

/** Tells the assignee a case is theirs (once per case and person, whatever the retries). */
export async function notifyCaseAssignee(
  tx: Tx,
  workspaceId: string,
  ref: CaseRef,
  userId: string,
  why: 'created' | 'assigned',
): Promise<void> {
  await notifyUsers(tx, workspaceId, [userId], {
    kind: why === 'created' ? 'case.created' : 'case.assigned',
    title: `Case #${ref.number} is yours: ${ref.title}`,
    link: `/cases/${ref.id}`,
    sourceKey: `case:${ref.id}:assigned:${userId}`,
  });
}

/** Tells a team a case landed in its queue without an assignee. */
export async function notifyCaseTeam(
  tx: Tx,
  workspaceId: string,
  ref: CaseRef,
  teamId: string,
): Promise<void> {
  await notifyTeam(tx, workspaceId, teamId, {
    kind: 'case.created',
    title: `New case #${ref.number} in your team's queue: ${ref.title}`,
    link: `/cases/${ref.id}`,
    sourceKey: `case:${ref.id}:queued:${teamId}`,
  });
}
