// Converts the shared evaluation data into the JSON-lines files `touchpoint eval-text` reads
// ({"text", "label", "lang"} a line), with FIXED splits so every run and every machine scores the same texts:
//
// - Airline tweets (twitter-airline-sentiment/Tweets.csv): rows deduplicated by tweet_id (the first row
//   wins), HTML entities decoded; TEST when BigInt(tweet_id) % 5n === 0n, TRAIN otherwise (the set has no
//   official split). Sentiment: airline_sentiment. Pain points: negativereason on negative tweets, without
//   "Can't Tell".
// - UIT-VSFC: its own train / dev / test files; sentiment 0/1/2 → negative/neutral/positive, topic 0..3 →
//   lecturer/training_program/facility/others. Dev is written too, for tuning without touching test.
// - BANKING77: its own train.csv / test.csv; the label is `category`.
// - sentiment-extra (womens-clothing-reviews, uts2017-bank, hanoi-hotel-reviews): no official split, so a
//   FIXED hash split: DEV when the 32-bit FNV-1a hash of the NFC text (as written in the file) is even,
//   TEST (held out) when it is odd. Written as `<set>-sentiment.{dev,test}.jsonl`; there is no train split
//   (these sets are only for checking that the built-in analyzer generalises).
//
// Every sentiment set thus has a part for choosing options (airline TRAIN, UIT-VSFC train + dev, the
// extra sets' DEV half) and a held-out part that is only ever reported (TEST); see `sentimentSets`.
//
//   npx tsx bench/text-data.ts [OUT_DIR]
//
// TOUCHPOINT_EVAL_DATA overrides the data folder (default ../shared/data from the repository root);
// BENCH_TEXT_OUT (or the argument) the output folder (default: touchpoint-text-eval in the temp folder).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { normalizeText } from '../packages/core/src/text/normalize';
import { fnv1a32 } from '../packages/core/src/text/sentiment-calibration';

export type EvalTask = 'sentiment' | 'topic' | 'intent';

export interface LabelledText {
  text: string;
  label: string;
  lang: 'en' | 'vi';
}

export interface EvalSet {
  dataset:
    | 'airline'
    | 'uit-vsfc'
    | 'banking77'
    | 'womens-clothing-reviews'
    | 'uts2017-bank'
    | 'hanoi-hotel-reviews';
  task: EvalTask;
  /** Paths of the JSON-lines files (`train` is absent for the extra sentiment sets, which are eval-only). */
  train?: string;
  test: string;
  /** A separate tuning split, where the source has one (UIT-VSFC dev). */
  dev?: string;
  counts: { train?: number; test: number; dev?: number };
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function evalDataDir(): string {
  return resolve(process.env.TOUCHPOINT_EVAL_DATA ?? join(repoRoot, '../shared/data'));
}

function readCsv(path: string): Record<string, string>[] {
  // Tolerant: a BOM, CRLF line ends and newlines inside quoted fields all occur in published CSVs.
  return parse(readFileSync(path), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
  }) as Record<string, string>[];
}

function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function writeJsonl(path: string, rows: LabelledText[]): void {
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length > 0 ? '\n' : ''));
}

export function isAirlineTestTweet(tweetId: string): boolean {
  return BigInt(tweetId) % 5n === 0n;
}

function airlineSets(dataDir: string, outDir: string): EvalSet[] {
  const seen = new Set<string>();
  const sentiment = { train: [] as LabelledText[], test: [] as LabelledText[] };
  const painPoints = { train: [] as LabelledText[], test: [] as LabelledText[] };
  for (const row of readCsv(join(dataDir, 'twitter-airline-sentiment/Tweets.csv'))) {
    const id = row.tweet_id?.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const text = normalizeText(row.text ?? '');
    const label = row.airline_sentiment?.trim() ?? '';
    if (!text || !label) continue;
    const split = isAirlineTestTweet(id) ? 'test' : 'train';
    sentiment[split].push({ text, label, lang: 'en' });
    const reason = row.negativereason?.trim() ?? '';
    if (label === 'negative' && reason && reason !== "Can't Tell") {
      painPoints[split].push({ text, label: reason, lang: 'en' });
    }
  }
  return [
    writeSet(outDir, 'airline', 'sentiment', sentiment),
    writeSet(outDir, 'airline', 'topic', painPoints),
  ];
}

const VSFC_SENTIMENTS = ['negative', 'neutral', 'positive'];
const VSFC_TOPICS = ['lecturer', 'training_program', 'facility', 'others'];

function vsfcSplit(dataDir: string, split: string, task: 'sentiment' | 'topic'): LabelledText[] {
  const folder = join(dataDir, 'uit-vsfc', split);
  const sents = readLines(join(folder, 'sents.txt'));
  const codes = readLines(join(folder, task === 'sentiment' ? 'sentiments.txt' : 'topics.txt'));
  if (sents.length !== codes.length) {
    throw new Error(`UIT-VSFC ${split}: ${sents.length} sentences but ${codes.length} ${task} labels`);
  }
  const names = task === 'sentiment' ? VSFC_SENTIMENTS : VSFC_TOPICS;
  return sents.map((sentence, i) => {
    const label = names[Number(codes[i]?.trim())];
    if (!label) throw new Error(`UIT-VSFC ${split} line ${i + 1}: unknown ${task} label "${codes[i]}"`);
    return { text: normalizeText(sentence.trim()), label, lang: 'vi' as const };
  });
}

function vsfcSets(dataDir: string, outDir: string): EvalSet[] {
  return (['sentiment', 'topic'] as const).map((task) =>
    writeSet(outDir, 'uit-vsfc', task, {
      train: vsfcSplit(dataDir, 'train', task),
      test: vsfcSplit(dataDir, 'test', task),
      dev: vsfcSplit(dataDir, 'dev', task),
    }),
  );
}

function bankingSet(dataDir: string, outDir: string): EvalSet {
  const read = (file: string) =>
    readCsv(join(dataDir, 'banking77', file)).map((row) => ({
      text: normalizeText(row.text?.trim() ?? ''),
      label: row.category?.trim() ?? '',
      lang: 'en' as const,
    }));
  return writeSet(outDir, 'banking77', 'intent', { train: read('train.csv'), test: read('test.csv') });
}

/** 32-bit FNV-1a over the UTF-16 code units: the fixed split of the extra sets (never change it). */
export { fnv1a32 };

export function isExtraDevText(text: string): boolean {
  return fnv1a32(text) % 2 === 0;
}

const EXTRA_SETS = [
  ['womens-clothing-reviews', 'womens-clothing-reviews.jsonl'],
  ['uts2017-bank', 'uts2017-bank.jsonl'],
  ['hanoi-hotel-reviews', 'hanoi-hotel-reviews.jsonl'],
] as const;

function extraSets(dataDir: string, outDir: string): EvalSet[] {
  return EXTRA_SETS.map(([dataset, file]) => {
    const dev: LabelledText[] = [];
    const test: LabelledText[] = [];
    readLines(join(dataDir, 'sentiment-extra', file)).forEach((line, i) => {
      if (line.trim() === '') return;
      const row = JSON.parse(line) as { text?: unknown; label?: unknown; lang?: unknown };
      if (
        typeof row.text !== 'string' ||
        typeof row.label !== 'string' ||
        (row.lang !== 'en' && row.lang !== 'vi')
      ) {
        throw new Error(`${file} line ${i + 1}: expected {"text", "label", "lang": "en" | "vi"}`);
      }
      const text = normalizeText(row.text);
      (isExtraDevText(text) ? dev : test).push({ text, label: row.label, lang: row.lang });
    });
    return writeSet(outDir, dataset, 'sentiment', { test, dev });
  });
}

function writeSet(
  outDir: string,
  dataset: EvalSet['dataset'],
  task: EvalTask,
  splits: { train?: LabelledText[]; test: LabelledText[]; dev?: LabelledText[] },
): EvalSet {
  const path = (split: string) => join(outDir, `${dataset}-${task}.${split}.jsonl`);
  if (splits.train) writeJsonl(path('train'), splits.train);
  writeJsonl(path('test'), splits.test);
  if (splits.dev) writeJsonl(path('dev'), splits.dev);
  return {
    dataset,
    task,
    ...(splits.train ? { train: path('train') } : {}),
    test: path('test'),
    ...(splits.dev ? { dev: path('dev') } : {}),
    counts: {
      ...(splits.train ? { train: splits.train.length } : {}),
      test: splits.test.length,
      ...(splits.dev ? { dev: splits.dev.length } : {}),
    },
  };
}

/** Writes every evaluation set as JSON lines into `outDir` and describes them. */
export function prepareTextEvalData(
  outDir = process.env.BENCH_TEXT_OUT ?? join(tmpdir(), 'touchpoint-text-eval'),
  dataDir = evalDataDir(),
): EvalSet[] {
  mkdirSync(outDir, { recursive: true });
  return [
    ...airlineSets(dataDir, outDir),
    ...vsfcSets(dataDir, outDir),
    bankingSet(dataDir, outDir),
    ...extraSets(dataDir, outDir),
  ];
}

/** A sentiment set seen as the part options may be chosen on and the held-out part that is only reported. */
export interface SentimentSet {
  name: string;
  lang: 'en' | 'vi';
  /** For choosing options: airline TRAIN, UIT-VSFC train + dev, the extra sets' DEV half. */
  dev: LabelledText[];
  /** Held out: airline and UIT-VSFC TEST, the extra sets' TEST half. */
  test: LabelledText[];
}

const SENTIMENT_SET_NAMES: Partial<Record<EvalSet['dataset'], string>> = {
  airline: 'airline tweets',
  'uit-vsfc': 'UIT-VSFC students',
  'womens-clothing-reviews': 'clothing reviews',
  'uts2017-bank': 'bank comments',
  'hanoi-hotel-reviews': 'hotel reviews',
};

function readJsonl(path: string): LabelledText[] {
  return readLines(path)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledText);
}

/** Every labelled sentiment set, in a fixed order, with its dev and held-out parts. */
export function sentimentSets(sets: EvalSet[]): SentimentSet[] {
  return sets
    .filter((set) => set.task === 'sentiment')
    .map((set) => {
      const test = readJsonl(set.test);
      const dev = [...(set.train ? readJsonl(set.train) : []), ...(set.dev ? readJsonl(set.dev) : [])];
      return {
        name: SENTIMENT_SET_NAMES[set.dataset] ?? set.dataset,
        lang: test[0]?.lang ?? 'en',
        dev,
        test,
      };
    });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const set of prepareTextEvalData(process.argv[2])) {
    const counts = Object.entries(set.counts).map(([split, n]) => `${split} ${n}`);
    console.log(
      `${set.dataset} ${set.task}: ${counts.join(', ')} → ${set.test.replace(/test\.jsonl$/, '*')}`,
    );
  }
}
