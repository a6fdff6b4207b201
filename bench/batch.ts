/**
 * Batch time: an icon set of 8 vector generations pressed at once, through the
 * real client, runner and SVG pipeline against the mock gateway over loopback.
 * Every task takes the same fixed time at the gateway, so what exceeds it is
 * our overhead: POSTs, the polling schedule's lag, downloads and cleaning.
 */
import { pathToFileURL } from 'node:url';
import { createGenerationAsync } from '../core/api/client';
import type { FetchLike } from '../core/api/http';
import { realClock } from '../core/api/http';
import { createMemoryStore } from '../core/storage/store';
import { cleanSvg } from '../core/svg/clean-svg';
import { cleanOptionsFor } from '../core/svg/vector-options';
import { newPendingTask } from '../core/tasks/new-task';
import { createPendingStore } from '../core/tasks/pending-store';
import { TaskRunner } from '../core/tasks/runner';
import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest } from '../core/tasks/types';
import { startMockServer } from '../dev/mock/server';
import { DEMO_KEY } from '../dev/mock/types';

const BATCH = 8;
const GATEWAY_MS = 12_000;

export async function benchBatch(): Promise<{ label: string; value: string }[]> {
  const mock = await startMockServer({ port: 0, durationMs: GATEWAY_MS, keys: { [DEMO_KEY]: 10_000 } });
  const fetch = globalThis.fetch as unknown as FetchLike;
  const store = createPendingStore(createMemoryStore());
  const finished: number[] = [];
  let cleanedBytes = 0;
  const started = performance.now();
  let runner: TaskRunner | undefined;
  const allDone = new Promise<void>((resolve) => {
    runner = new TaskRunner({
      fetch,
      clock: realClock(setTimeout),
      store,
      getApiKey: () => DEMO_KEY,
      getApiBase: async () => mock.apiBase,
      onUpdate: () => undefined,
      deliver: async (task, result) => {
        if (result.kind !== 'svg') throw new Error('expected SVG');
        cleanedBytes += cleanSvg(result.svg, cleanOptionsFor(task.request.vector)).report.bytesOut;
        await store.removeAsync(task.taskId);
        finished.push(performance.now() - started);
        if (finished.length === BATCH) resolve();
        return task.taskId;
      },
    });
    void Promise.all(
      Array.from({ length: BATCH }, async (_, i) => {
        const request: GenerationRequest = {
          model: 'recraft-v4-text-to-vector',
          prompt: `outline icon ${i} for a banking app, consistent stroke`,
          size: '1024x1024',
          vector: { ...DEFAULT_VECTOR_OPTIONS, removeBackground: true },
          target: { kind: 'viewport' },
        };
        const created = await createGenerationAsync({
          fetch,
          apiBase: mock.apiBase,
          apiKey: DEMO_KEY,
          request,
        });
        await runner!.trackAsync(newPendingTask(created, request, Date.now()));
      }),
    );
  });
  await allDone;
  runner!.dispose();
  const polls = mock.log().filter((e) => e.path.includes('/tasks/')).length;
  await mock.close();
  const last = Math.max(...finished);
  return [
    { label: `${BATCH} vector icons, gateway time per task`, value: `${(GATEWAY_MS / 1000).toFixed(1)} s` },
    { label: 'all on the canvas after', value: `${(last / 1000).toFixed(2)} s` },
    { label: 'overhead over the gateway time', value: `${(last - GATEWAY_MS).toFixed(0)} ms` },
    { label: 'polls per task', value: (polls / BATCH).toFixed(1) },
    { label: 'cleaned SVG per icon', value: `${(cleanedBytes / BATCH / 1024).toFixed(1)} KB` },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchBatch()) console.log(`${row.label.padEnd(44)} ${row.value}`);
  // A disposed runner's last sleep (a plain timer, up to a poll interval) would hold the process open.
  process.exit(0);
}
