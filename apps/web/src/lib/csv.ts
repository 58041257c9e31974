/** One data row of a CSV file, by column name, with the file line it starts on (the header is line 1). */
export interface TCsvRow {
  line: number;
  record: Record<string, string>;
}

export interface TCsvTable {
  columns: string[];
  rows: TCsvRow[];
}

interface TParsedRecord {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

/**
 * Parses a CSV with a header row, the way the server's CLI import does (csv-parse with the same options:
 * tolerant of a BOM, CRLF, quoted newlines and ragged rows). The parser is loaded on first use only, so
 * it costs nothing to pages that never read a file.
 */
export async function parseCsv(text: string): Promise<TCsvTable> {
  const { parse } = await import('csv-parse/browser/esm/sync');
  let columns: string[] = [];
  const parsed = parse(text, {
    columns: (header: string[]) => {
      columns = header.map((name) => String(name).trim());
      return columns;
    },
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    raw: true,
  }) as unknown as TParsedRecord[];
  const rows = parsed.map(({ record, raw, info }) => {
    // `info.lines` is where the record ends; quoted newlines inside it move its start up.
    const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
    const inner = body.match(/\n/g)?.length ?? 0;
    return { line: info.lines - inner, record };
  });
  return { columns, rows };
}

/** The text of an uploaded file (UTF-8, as spreadsheets export it). */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
