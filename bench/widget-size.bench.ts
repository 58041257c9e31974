// Size of the website widget as a visitor downloads it: the loader on every page, the renderer (with
// its CSS inlined) only when a survey shows, and the chat chunk only when the visitor opens the chat. Builds the widget, then prints raw, gzip (level 9) and brotli
// (quality 11) sizes, the budgets with the share of each used, and the embed sizes the issue
// quotes for other products. The budgets are enforced by packages/widget/test/size.test.ts, not here.
//
//   npx tsx bench/widget-size.bench.ts            (BENCH_NO_BUILD=1 measures the existing dist/)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  measureHostedScript,
  measureWidget,
  type TSize,
  WIDGET_BUDGETS,
} from '../packages/widget/scripts/widget-size';

/** Gzipped embed sizes quoted in the widget issue (not measured in this run). */
const QUOTED = [
  { name: 'Formbricks loader', gzip: 1.6 * 1024 },
  { name: 'Typeform embed', gzip: 13 * 1024 },
  { name: 'Sprig', gzip: 55 * 1024 },
  { name: 'SurveyJS', gzip: 400 * 1024 },
] as const;

const widgetDir = fileURLToPath(new URL('../packages/widget', import.meta.url));

if (process.env.BENCH_NO_BUILD !== '1') {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: widgetDir,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('Building the widget failed');
    process.exit(1);
  }
}

const sizes = measureWidget();
const hosted = measureHostedScript();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

const rows: [string, TSize][] = [
  ['loader (touchpoint.js)', sizes.loader],
  ['renderer (renderer.js)', sizes.renderer],
  ['  of which CSS', sizes.css],
  ['loader + renderer + CSS', sizes.survey],
  ['chat (chat.js, CSS inlined)', sizes.chat],
  [`hosted survey page (${hosted.file})`, hosted],
];
console.log('\nWebsite widget: what a visitor downloads\n');
console.table(
  rows.map(([file, size]) => ({
    file,
    raw: bytes(size.raw),
    gzip: `${bytes(size.gzip)} (${kb(size.gzip)})`,
    brotli: `${bytes(size.brotli)} (${kb(size.brotli)})`,
  })),
);

console.log('Budgets (gzip)\n');
console.table([
  {
    budget: 'loader, on every page',
    limit: bytes(WIDGET_BUDGETS.loaderGzip),
    actual: bytes(sizes.loader.gzip),
    used: percent(sizes.loader.gzip, WIDGET_BUDGETS.loaderGzip),
    headroom: bytes(WIDGET_BUDGETS.loaderGzip - sizes.loader.gzip),
  },
  {
    budget: 'loader + renderer + CSS, to show a survey',
    limit: bytes(WIDGET_BUDGETS.surveyGzip),
    actual: bytes(sizes.survey.gzip),
    used: percent(sizes.survey.gzip, WIDGET_BUDGETS.surveyGzip),
    headroom: bytes(WIDGET_BUDGETS.surveyGzip - sizes.survey.gzip),
  },
  {
    budget: 'chat chunk, when the visitor opens the chat',
    limit: bytes(WIDGET_BUDGETS.chatGzip),
    actual: bytes(sizes.chat.gzip),
    used: percent(sizes.chat.gzip, WIDGET_BUDGETS.chatGzip),
    headroom: bytes(WIDGET_BUDGETS.chatGzip - sizes.chat.gzip),
  },
  {
    budget: 'hosted survey page script',
    limit: bytes(WIDGET_BUDGETS.hostedGzip),
    actual: bytes(hosted.gzip),
    used: percent(hosted.gzip, WIDGET_BUDGETS.hostedGzip),
    headroom: bytes(WIDGET_BUDGETS.hostedGzip - hosted.gzip),
  },
]);

console.log('Compared with the embed sizes the issue quotes (gzip; quoted, not measured here)\n');
console.table(
  QUOTED.map((other) => ({
    product: other.name,
    gzip: kb(other.gzip),
    'Touchpoint loader / it': `${(sizes.loader.gzip / other.gzip).toFixed(2)}×`,
    'Touchpoint loader + renderer / it': `${(sizes.survey.gzip / other.gzip).toFixed(2)}×`,
  })),
);
