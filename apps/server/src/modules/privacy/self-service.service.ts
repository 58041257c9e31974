import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import { escapeHtml } from '../../platform/mail';
import { type ContactExport, exportContact } from './export.service';
import { isSelfServiceEnabled } from './retention.service';

const LINK_MINUTES = 60;
/** Links one address may receive per hour: enough for a lost email, too few to flood an inbox. */
const LINKS_PER_HOUR = 3;

/**
 * A customer asks for a copy of their data. The answer never says whether the address is known (the
 * caller answers 202 before this finishes); a known address gets a single-use link valid for an hour.
 * Returns the link's URL for tests, or null when nothing was sent.
 */
export async function requestSelfServiceExport(
  ctx: AppContext,
  workspaceId: string,
  email: string,
): Promise<string | null> {
  if (!(await isSelfServiceEnabled(ctx, workspaceId))) return null;
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT c.id, w.name FROM contacts c JOIN workspaces w ON w.id = c.workspace_id
    WHERE c.workspace_id = ${workspaceId} AND c.merged_into IS NULL AND lower(c.email) = ${email.toLowerCase()}
    LIMIT 1
  `.execute(ctx.db);
  const contact = rows[0];
  if (!contact) return null;
  const { rows: recent } = await sql<{ n: string | number }>`
    SELECT count(*) AS n FROM privacy_export_links
    WHERE workspace_id = ${workspaceId} AND contact_id = ${contact.id} AND created_at > now() - interval '1 hour'
  `.execute(ctx.db);
  if (Number(recent[0]?.n ?? 0) >= LINKS_PER_HOUR) return null;
  const token = generateSecret();
  await sql`
    INSERT INTO privacy_export_links (workspace_id, id, contact_id, token_hash, expires_at)
    VALUES (${workspaceId}, ${uuidv7()}, ${contact.id}, ${hashSecret(token)}, ${new Date(Date.now() + LINK_MINUTES * 60_000)})
  `.execute(ctx.db);
  const url = `${ctx.publicUrl.replace(/\/$/, '')}/privacy/${workspaceId}/export/${token}`;
  if (ctx.mailer) {
    const lines = [
      `You asked ${contact.name} for a copy of the personal data it holds about you.`,
      `Download it (one time, within ${LINK_MINUTES} minutes): ${url}`,
      'If you did not ask for this, ignore this email; nothing is shared without the link.',
    ];
    await ctx.mailer.send({
      to: email,
      subject: `Your data held by ${contact.name}`,
      text: lines.join('\n\n'),
      html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">
<p>${escapeHtml(lines[0] as string)}</p>
<p><a href="${escapeHtml(url)}">Download your data</a> (one time, within ${LINK_MINUTES} minutes)</p>
<p style="font-size:12px;color:#6b7280">${escapeHtml(lines[2] as string)}</p></body></html>`,
    });
  }
  return url;
}

/** Spends a self-service link and returns the export; a used, expired or unknown link is 410/404. */
export async function downloadSelfServiceExport(
  ctx: AppContext,
  workspaceId: string,
  token: string,
): Promise<ContactExport> {
  const { rows } = await sql<{ contactId: string; usedAt: Date | null; expiresAt: Date }>`
    UPDATE privacy_export_links SET used_at = now()
    WHERE workspace_id = ${workspaceId} AND token_hash = ${hashSecret(token)} AND used_at IS NULL
      AND expires_at > now()
    RETURNING contact_id AS "contactId", used_at AS "usedAt", expires_at AS "expiresAt"
  `.execute(ctx.db);
  const link = rows[0];
  if (!link) {
    const { rows: known } = await sql<{ id: string }>`
      SELECT id FROM privacy_export_links WHERE workspace_id = ${workspaceId} AND token_hash = ${hashSecret(token)}
    `.execute(ctx.db);
    if (known[0])
      throw new AppError('GONE', 'This download link was already used or has expired. Ask for a new one.');
    throw AppError.notFound('download link');
  }
  return exportContact(ctx, workspaceId, link.contactId);
}
