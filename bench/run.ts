// `npm run bench`: builds, then prints every figure the project tracks.
import { benchBundleSizes } from './bundle-size';
import { benchPolling } from './polling';
import { benchSvg, benchSvgAdversarial } from './svg';
import { benchBatch } from './batch';
import { benchSet } from './set';
import { benchOpen } from './open';

type Rows = { label: string; value: string }[];

function print(title: string, rows: Rows): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const row of rows) console.log(`  ${row.label.padEnd(width)}  ${row.value}`);
}

print('Bundle sizes', await benchBundleSizes());
print('Polling efficiency (simulated workload, virtual clock)', await benchPolling());
print('SVG pipeline throughput', await benchSvg());
print('SVG pipeline under attack (adversarial corpus, every option on)', await benchSvgAdversarial());
print('Batch time (real runner, mock gateway over loopback)', await benchBatch());
print('Plugin window open (playground, headless Chromium)', await benchOpen());
print('Icon set time (real queue and runner, mock gateway over loopback, scaled clock)', await benchSet());

// A disposed runner's last sleep (a plain timer, up to a poll interval) would hold the process open.
process.exit(0);
