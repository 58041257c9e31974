import { v7 as uuidv7 } from 'uuid';
import { generateSecret, hashSecret } from '../../src/platform/crypto';
import type { Touchpoint } from '../../src/touchpoint';

/**
 * A personal link for one directory employee, made the way an invitation makes it (a single-use
 * `survey_links` row naming the employee), without sending the email: an anonymous programme takes an
 * employee's reporting attributes and completion only through such a link.
 */
export async function employeeLinkToken(
  touchpoint: Touchpoint,
  workspaceId: string,
  surveyId: string,
  email: string,
): Promise<string> {
  const db = touchpoint.ctx.db;
  const employee = await db
    .selectFrom('employees')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirstOrThrow();
  const token = generateSecret(24);
  await db
    .insertInto('surveyLinks')
    .values({
      workspaceId,
      id: uuidv7(),
      surveyId,
      tokenHash: hashSecret(token),
      contactId: null,
      employeeId: employee.id,
      language: null,
      singleUse: true,
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
    })
    .execute();
  return token;
}
