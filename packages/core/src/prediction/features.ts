// Turns generic rows (one customer each: numbers, strings, booleans, gaps) into numeric columns a linear
// model can use. What the rows mean is unknown here, so every decision is made from the data itself:
// identifier-like columns are dropped, rare categories pooled, gaps imputed and flagged.

export type RawValue = string | number | boolean | null | undefined;
export type FeatureRow = Readonly<Record<string, RawValue>>;

export type ExclusionReason =
  | 'identifier name'
  | 'unique per row'
  | 'name-like'
  | 'only rare values'
  | 'constant'
  | 'empty';

export interface NumericFeature {
  kind: 'numeric';
  name: string;
  median: number;
  hasMissing: boolean;
  /** Inner edges of quantile bins (value < edges[0] is bin 0 …); empty when the column has few distinct values. */
  binEdges: number[];
}

export interface CategoricalFeature {
  kind: 'categorical';
  name: string;
  /** Kept levels; anything else (rare or unseen) is pooled into OTHER_LEVEL. */
  levels: string[];
  hasOther: boolean;
  hasMissing: boolean;
}

export type FeatureSpec = NumericFeature | CategoricalFeature;

export interface FeatureSchema {
  features: FeatureSpec[];
  excluded: { name: string; reason: ExclusionReason }[];
}

export const OTHER_LEVEL = '(other)';
export const MISSING_LEVEL = '(missing)';

const ID_NAME =
  /^(id|uuid|guid|key|(customer|client|contact|user|account|member|subscriber|order|row|record)[ _-]?(id|no|number|key|code)|.*[_ -]id|.*[a-z]Id|e-?mail|phone|(first|last|full|given|family|sur)[ _-]?name|name|surname)$/i;
const NAME_LIKE = /^\p{Lu}[\p{L}'.-]+(\s+\p{Lu}[\p{L}'.-]+)+$/u;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isMissing(value: RawValue): value is null | undefined | '' {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    return t === '' || t === 'na' || t === 'n/a' || t === 'null' || t === 'nan' || t === 'none';
  }
  return false;
}

function asNumber(value: RawValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value))
    return Number(value);
  return null;
}

function asLevel(value: RawValue): string {
  return typeof value === 'string' ? value.trim() : String(value);
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export interface SchemaOptions {
  /** Columns that are never features (the label, for one). */
  exclude?: readonly string[];
  /** A level seen fewer times than this (and than 1 % of rows) is pooled into "(other)". */
  minLevelCount?: number;
  maxLevels?: number;
  bins?: number;
}

/** Decides from training rows which columns are features and how each is encoded. */
export function inferFeatureSchema(rows: readonly FeatureRow[], options: SchemaOptions = {}): FeatureSchema {
  const exclude = new Set(options.exclude ?? []);
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!exclude.has(key)) names.add(key);
  const features: FeatureSpec[] = [];
  const excluded: FeatureSchema['excluded'] = [];
  const n = rows.length;
  const minCount = Math.max(options.minLevelCount ?? 10, Math.ceil(0.01 * n));
  for (const name of [...names].sort()) {
    const present = rows.map((r) => r[name]).filter((v) => !isMissing(v));
    if (present.length === 0) {
      excluded.push({ name, reason: 'empty' });
      continue;
    }
    // A prefixed column ("attr:email", "account.id") is judged by its own last part.
    if (ID_NAME.test(name) || ID_NAME.test(name.split(/[:.]/).pop() ?? name)) {
      excluded.push({ name, reason: 'identifier name' });
      continue;
    }
    const numbers = present.map(asNumber);
    const numeric = numbers.filter((v) => v !== null).length >= 0.95 * present.length;
    const distinct = new Set(present.map(asLevel)).size;
    if (distinct <= 1) {
      excluded.push({ name, reason: 'constant' });
      continue;
    }
    if (numeric) {
      const values = numbers.filter((v): v is number => v !== null).sort((a, b) => a - b);
      // Whole numbers that never repeat are counters or keys (row numbers, account numbers), not measures.
      if (present.length >= 20 && values.every(Number.isInteger) && distinct >= 0.98 * present.length) {
        excluded.push({ name, reason: 'unique per row' });
        continue;
      }
      const bins = options.bins ?? 5;
      const edges: number[] = [];
      if (new Set(values).size > bins) {
        for (let b = 1; b < bins; b++) {
          const edge = quantile(values, b / bins);
          if (edges.length === 0 || edge > (edges[edges.length - 1] as number)) edges.push(edge);
        }
      }
      features.push({
        kind: 'numeric',
        name,
        median: quantile(values, 0.5),
        hasMissing: present.length < n,
        binEdges: edges,
      });
      continue;
    }
    const strings = present.map(asLevel);
    if (present.length >= 20 && distinct >= 0.9 * present.length) {
      excluded.push({ name, reason: 'unique per row' });
      continue;
    }
    const nameLike = strings.filter((s) => NAME_LIKE.test(s) || EMAIL_LIKE.test(s)).length;
    if (distinct >= 0.3 * present.length && nameLike >= 0.7 * present.length) {
      excluded.push({ name, reason: 'name-like' });
      continue;
    }
    const counts = new Map<string, number>();
    for (const s of strings) counts.set(s, (counts.get(s) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = ranked.filter(([, c]) => c >= minCount).slice(0, options.maxLevels ?? 30);
    if (kept.length === 0) {
      // Every level is rare: a high-cardinality free-text column says nothing a model can reuse.
      excluded.push({ name, reason: 'only rare values' });
      continue;
    }
    features.push({
      kind: 'categorical',
      name,
      levels: kept.map(([level]) => level).sort(),
      hasOther: kept.length < ranked.length,
      hasMissing: present.length < n,
    });
  }
  return { features, excluded };
}

/** One numeric column of the design matrix, and the original feature it explains. */
export interface EncodedColumn {
  source: string;
  /** A second source for an interaction column (its contribution is shared between both). */
  source2?: string;
  kind: 'value' | 'missing' | 'level' | 'bin' | 'interaction';
  level?: string;
  bin?: number;
  /** For an interaction: the indices of the two base columns multiplied. */
  pair?: [number, number];
}

/** The base columns of a schema (no bins or interactions). */
export function baseColumns(schema: FeatureSchema, withBins: boolean): EncodedColumn[] {
  const columns: EncodedColumn[] = [];
  for (const f of schema.features) {
    if (f.kind === 'numeric') {
      columns.push({ source: f.name, kind: 'value' });
      if (f.hasMissing) columns.push({ source: f.name, kind: 'missing' });
      if (withBins) {
        for (let b = 0; b <= f.binEdges.length && f.binEdges.length > 0; b++) {
          columns.push({ source: f.name, kind: 'bin', bin: b });
        }
      }
    } else {
      for (const level of f.levels) columns.push({ source: f.name, kind: 'level', level });
      if (f.hasOther) columns.push({ source: f.name, kind: 'level', level: OTHER_LEVEL });
      if (f.hasMissing) columns.push({ source: f.name, kind: 'level', level: MISSING_LEVEL });
    }
  }
  return columns;
}

/** The readable value of one feature in a row ("(missing)", a pooled level, or the number). */
export function featureValue(spec: FeatureSpec, row: FeatureRow): number | string {
  const raw = row[spec.name];
  if (isMissing(raw)) return MISSING_LEVEL;
  if (spec.kind === 'numeric') return asNumber(raw) ?? MISSING_LEVEL;
  const level = asLevel(raw);
  return spec.levels.includes(level) ? level : OTHER_LEVEL;
}

/** Encodes one row into the given columns (unscaled). */
export function encodeRow(
  schema: FeatureSchema,
  columns: readonly EncodedColumn[],
  row: FeatureRow,
): Float64Array {
  const specs = new Map(schema.features.map((f) => [f.name, f]));
  const out = new Float64Array(columns.length);
  columns.forEach((col, j) => {
    if (col.kind === 'interaction') {
      const [a, b] = col.pair as [number, number];
      out[j] = (out[a] as number) * (out[b] as number);
      return;
    }
    const spec = specs.get(col.source) as FeatureSpec;
    const value = featureValue(spec, row);
    if (spec.kind === 'numeric') {
      const missing = value === MISSING_LEVEL;
      const x = missing ? spec.median : (value as number);
      if (col.kind === 'value') out[j] = x;
      else if (col.kind === 'missing') out[j] = missing ? 1 : 0;
      else {
        let bin = 0;
        while (bin < spec.binEdges.length && x >= (spec.binEdges[bin] as number)) bin++;
        out[j] = bin === col.bin ? 1 : 0;
      }
    } else {
      out[j] = value === col.level ? 1 : 0;
    }
  });
  return out;
}

/**
 * Columns that restate the label rather than predict it: a few-valued column whose every value goes (99 %
 * or more) with one class, on at least 90 % of the rows (e.g. `retained: false` next to `churned: true`).
 * Such a column makes a model look perfect and explains nothing, so the product leaves it out.
 */
export function findLabelLeaks(rows: readonly FeatureRow[], labels: readonly number[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  const leaks: string[] = [];
  for (const name of [...names].sort()) {
    const byLevel = new Map<string, [number, number]>();
    let present = 0;
    rows.forEach((row, i) => {
      const value = row[name];
      if (isMissing(value)) return;
      present++;
      const level = asLevel(value);
      const counts = byLevel.get(level) ?? [0, 0];
      counts[labels[i] === 1 ? 1 : 0]++;
      byLevel.set(level, counts);
    });
    if (byLevel.size < 2 || byLevel.size > 5 || present < 0.9 * rows.length || present < 10) continue;
    let agreeing = 0;
    for (const [negatives, positives] of byLevel.values()) agreeing += Math.max(negatives, positives);
    if (agreeing >= 0.99 * present) leaks.push(name);
  }
  return leaks;
}
