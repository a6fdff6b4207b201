// SVG pipeline throughput beside SVGO's default preset, on the same large input in the same run.
// Run alone: node --import tsx bench/svg.ts
import { pathToFileURL } from 'node:url';
import { optimize } from 'svgo';
import { cleanSvg } from '../core/svg/clean-svg';
import { utf8Length } from '../core/bytes/utf8';
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
      label: 'speed-up over SVGO',
      value: `${(svgo.seconds / plain.seconds).toFixed(1)}× default, ${(svgo.seconds / simplified.seconds).toFixed(1)}× simplify`,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchSvg();
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log('SVG pipeline throughput');
  for (const r of rows) console.log(`  ${r.label.padEnd(width)}  ${r.value}`);
}
