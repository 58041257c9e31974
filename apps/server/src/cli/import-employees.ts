import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { importEmployees, markLeavers } from '../modules/employees/index';
import type { AppContext } from '../platform/context';
import { systemPrincipal } from '../platform/http/principal';
import { createProgressBar } from './progress';

const BATCH = 500;

/** Column names people use in HR exports, mapped onto the import item's fields. */
const FIELD_NAMES: Record<string, string> = {
  email: 'email',
  name: 'name',
  full_name: 'name',
  department: 'department',
  location: 'location',
  team_id: 'teamId',
  teamid: 'teamId',
  manager_email: 'managerEmail',
  manageremail: 'managerEmail',
  manager: 'managerEmail',
  start_date: 'startDate',
  startdate: 'startDate',
};

/** A CSV row or JSON record as an import item: known columns by name, the rest as custom attributes. */
export function toEmployeeItem(record: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  for (const [column, raw] of Object.entries(record)) {
    if (column === 'attributes' && raw && typeof raw === 'object') {
      Object.assign(attributes, raw);
      continue;
    }
    const field =
      FIELD_NAMES[
        column
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (field) {
      if (value !== '' && value !== null && value !== undefined) item[field] = value;
    } else if (value !== '' && value !== null && value !== undefined) {
      attributes[column.trim()] = String(value);
    }
  }
  if (Object.keys(attributes).length > 0) item.attributes = attributes;
  return item;
}

async function* readRecords(path: string): AsyncGenerator<Record<string, unknown>> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || extension === '.jsonl' || extension === '.ndjson') {
    const content = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const parsed =
      content.trimStart().startsWith('[') || content.trimStart().startsWith('{"items"')
        ? JSON.parse(content)
        : content
            .split(/\r?\n/)
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l));
    const records: unknown[] = Array.isArray(parsed) ? parsed : (parsed.items ?? []);
    for (const record of records) yield record as Record<string, unknown>;
    return;
  }
  const parser = createReadStream(path).pipe(
    parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  for await (const record of parser) yield record as Record<string, unknown>;
}

/**
 * Imports a staff file (CSV with a header row, JSON array, `{"items": [...]}` or JSON lines) in batches
 * with a progress bar. With `full`, people missing from the file are marked as having left once the whole
 * file went in without a bad row.
 */
export async function importEmployeeFile(ctx: AppContext, workspaceId: string, file: string, full: boolean) {
  const records: Record<string, unknown>[] = [];
  for await (const record of readRecords(file)) records.push(toEmployeeItem(record));
  const bar = createProgressBar('Importing employees');
  const principal = systemPrincipal(workspaceId);
  let created = 0;
  let updated = 0;
  const errors: { row: number; reason: string }[] = [];
  const emails: string[] = [];
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const result = await importEmployees(ctx, principal, { items: batch, full: false });
    created += result.created;
    updated += result.updated;
    for (const e of result.errors) errors.push({ row: start + e.index + 1, reason: e.reason });
    for (const r of batch) if (typeof r.email === 'string') emails.push(r.email.toLowerCase());
    bar.update(Math.min(start + BATCH, records.length), records.length);
  }
  bar.stop();
  const markedLeft =
    full && errors.length === 0 && emails.length > 0 ? await markLeavers(ctx.db, workspaceId, emails) : 0;
  return { rows: records.length, created, updated, markedLeft, errors };
}
