// SVG pipeline throughput beside SVGO's default preset, on the same large input in the same run, and its
// worst case under attack. Run alone: node --import tsx bench/svg.ts
import { pathToFileURL } from 'node:url';
import { optimize } from 'svgo';
import { cleanSvg } from '../core/svg/clean-svg';
import { SvgRejectedError } from '../core/svg/errors';
import { DEFAULT_SVG_LIMITS } from '../core/svg/limits';
import type { CleanSvgOptions } from '../core/svg/types';
import { utf8Length } from '../core/bytes/utf8';
import { seededRandom } from '../dev/seeded-random';
import { ADVERSARIAL, ALL_OPTIONS, adversarialCorpus } from '../test/unit/svg/fixtures/adversarial';
import { makeIllustration } from '../test/unit/svg/fixtures/art';

type Rows = { label: string; value: string }[];

interface Measure {
  readonly seconds: number;
  readonly bytesOut: number;
}

/** Best of `runs` timed runs after one warm-up: the least disturbed figure on a shared machine. */
function measure(runs: number, work: () => string): Measure {
  let bytesOut = utf8Length(work());
  let seconds = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = work();
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
    bytesOut = utf8Length(out);
  }
  return { seconds, bytesOut };
}

/** MB here are 10^6 bytes, as throughput figures usually are. */
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

export async function benchSvg(): Promise<Rows> {
  const input = makeIllustration({ paths: 5000, segments: 24, seed: 42 });
  const bytesIn = utf8Length(input);
  const row = (label: string, result: Measure): Rows => [
    {
      label: `${label}: throughput`,
      value: `${(bytesIn / 1e6 / result.seconds).toFixed(1)} MB/s (${(result.seconds * 1000).toFixed(0)} ms)`,
    },
    {
      label: `${label}: output`,
      value: `${megabytes(result.bytesOut)}, ${(100 * (1 - result.bytesOut / bytesIn)).toFixed(1)}% smaller`,
    },
  ];
  const plain = measure(5, () => cleanSvg(input).svg);
  const simplified = measure(5, () => cleanSvg(input, { simplify: true }).svg);
  // The icon frame's fit on the same drawing: the keyline's outline sampling against the bounding box alone.
  const boxFit = measure(5, () => cleanSvg(input, { fit: { size: 24, padding: 2, optical: false } }).svg);
  const opticalFit = measure(5, () => cleanSvg(input, { fit: { size: 24, padding: 2 } }).svg);
  const keyline = cleanSvg(input, { fit: { size: 24, padding: 2 } }).report.keyline;
  const svgo = measure(1, () => optimize(input).data);
  return [
    {
      label: 'input',
      value: `${megabytes(bytesIn)}, 5000 paths of 24 curves, ${input.split('<').length - 1} tags`,
    },
    ...row('cleanSvg (default options)', plain),
    ...row('cleanSvg (simplify)', simplified),
    ...row('SVGO preset-default', svgo),
    {
      label: 'icon frame 24/2: optical fit',
      value: `${ms(opticalFit.seconds)} against ${ms(boxFit.seconds)} for the bounding box alone (${keyline?.keyline ?? 'no'} keyline, aspect ${keyline?.aspect.toFixed(2) ?? '-'}, corner reach ${keyline?.reach.toFixed(3) ?? '-'})`,
    },
    {
      label: 'speed-up over SVGO',
      value: `${(svgo.seconds / plain.seconds).toFixed(1)}× default, ${(svgo.seconds / simplified.seconds).toFixed(1)}× simplify`,
    },
  ];
}

/** What cleanSvg did with an input: kept it or refused it (and why), and how long that took at best. */
function attempt(svg: string, options: CleanSvgOptions, runs: number): { seconds: number; outcome: string } {
  let seconds = Infinity;
  let outcome = '';
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    try {
      cleanSvg(svg, options);
      outcome = 'cleaned';
    } catch (error) {
      if (!(error instanceof SvgRejectedError)) throw error;
      outcome = `refused (${error.reason})`;
    }
    if (i > 0) seconds = Math.min(seconds, (performance.now() - start) / 1000);
  }
  return { seconds, outcome };
}

const ms = (seconds: number): string =>
  seconds < 0.001
    ? `${(seconds * 1e6).toFixed(0)} µs`
    : `${(seconds * 1000).toFixed(seconds < 0.01 ? 1 : 0)} ms`;

export async function benchSvgAdversarial(): Promise<Rows> {
  const corpus = adversarialCorpus(seededRandom(99));
  const timed = corpus.map((sample) => ({ sample, ...attempt(sample.svg, ALL_OPTIONS, 3) }));
  timed.sort((a, b) => b.seconds - a.seconds);
  const total = timed.reduce((sum, t) => sum + t.seconds, 0);
  const limit = DEFAULT_SVG_LIMITS.maxBytes;
  const shape = '<path d="M0 0h1v1z"/>';
  const huge = `<svg xmlns="http://www.w3.org/2000/svg">${shape.repeat(Math.ceil(60e6 / shape.length))}</svg>`;
  const hugeRun = attempt(huge, ALL_OPTIONS, 3);
  // The largest drawing accepted: Recraft-like art just under the byte limit, every option on.
  let paths = Math.floor(
    (5000 * limit) / utf8Length(makeIllustration({ paths: 5000, segments: 24, seed: 42 })),
  );
  let largest = makeIllustration({ paths, segments: 24, seed: 42 });
  while (utf8Length(largest) > limit)
    largest = makeIllustration({ paths: (paths -= 50), segments: 24, seed: 42 });
  const largestRun = attempt(largest, ALL_OPTIONS, 2);
  return [
    {
      label: 'corpus',
      value: `${corpus.length} cases (${ADVERSARIAL.length} named, ${corpus.length - ADVERSARIAL.length} seeded), every option on; ${timed.filter((t) => t.outcome === 'cleaned').length} cleaned, ${timed.filter((t) => t.outcome !== 'cleaned').length} refused`,
    },
    ...timed.slice(0, 3).map((t, i) => ({
      label: i === 0 ? 'worst case' : `${i + 1}${i === 1 ? 'nd' : 'rd'} worst`,
      value: `${ms(t.seconds)}: ${t.sample.name.slice(0, 70)}, ${t.outcome}`,
    })),
    { label: 'whole corpus', value: ms(total) },
    {
      label: `${(utf8Length(huge) / 1e6).toFixed(0)} MB input`,
      value: `${hugeRun.outcome} in ${ms(hugeRun.seconds)}: the ${limit / 1024 / 1024} MiB limit is checked before anything is read`,
    },
    {
      label: 'largest accepted',
      value: `${(utf8Length(largest) / 1e6).toFixed(2)} MB (${paths} paths, just under ${limit / 1024 / 1024} MiB): ${largestRun.outcome} in ${ms(largestRun.seconds)}`,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sections: [string, Rows][] = [
    ['SVG pipeline throughput', await benchSvg()],
    ['SVG pipeline under attack', await benchSvgAdversarial()],
  ];
  for (const [title, rows] of sections) {
    const width = Math.max(...rows.map((r) => r.label.length));
    console.log(title);
    for (const r of rows) console.log(`  ${r.label.padEnd(width)}  ${r.value}`);
  }
}
