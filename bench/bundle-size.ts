import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BUNDLES = ['dist/code.js', 'dist/ui.html', 'dist/penpot/plugin.js', 'dist/penpot/ui.html'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Raw and gzip sizes of the shipped bundles (what a designer downloads when the plugin opens). */
export async function benchBundleSizes(): Promise<{ label: string; value: string }[]> {
  const rows = [];
  for (const path of BUNDLES) {
    const bytes = await readFile(path);
    rows.push({
      label: `${path} (raw / gzip)`,
      value: `${kb(bytes.length)} / ${kb(gzipSync(bytes, { level: 9 }).length)}`,
    });
  }
  return rows;
}
