/** A raster tool's task as a pending record (issue 13): built from its source, checked when read back. */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../core/history/types';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { createMemoryStore, STORE_KEYS } from '../../../core/storage/store';
import { createPendingStore } from '../../../core/tasks/pending-store';
import { deadlineMs } from '../../../core/tasks/schedule';
import { newToolTask, toolSourceOfEntry, toolSourceOfMeta } from '../../../core/tasks/tool-task';
import { decodeMeta, encodeMeta } from '../../../plugin/generation-meta';

const URL = 'https://cdn.test/r/a.png';
const META: GenerationMeta = {
  prompt: 'a red kite',
  model: 'recraft-v4-text-to-image',
  size: '1024x1024',
  taskId: 't1',
  createdAt: 5,
  resultUrl: URL,
  madeAt: 5,
};
const ENTRY: HistoryEntry = {
  id: 'e1',
  taskId: 't1',
  prompt: 'a red kite',
  model: 'recraft-v4-text-to-image',
  size: '1024x1024',
  kind: 'image',
  createdAt: 9,
  cached: true,
  bytes: 100,
  resultUrl: URL,
  madeAt: 5,
};

describe('tool tasks', () => {
  it('take a source only from a raster result that kept its URL', () => {
    expect(toolSourceOfMeta(META, 'n1')).toEqual({
      prompt: 'a red kite',
      model: 'recraft-v4-text-to-image',
      size: '1024x1024',
      resultUrl: URL,
      madeAt: 5,
      nodeId: 'n1',
    });
    expect(toolSourceOfMeta({ ...META, model: 'recraft-v4-text-to-vector' }, 'n1')).toBeUndefined();
    expect(toolSourceOfMeta({ ...META, resultUrl: undefined }, 'n1')).toBeUndefined();
    expect(toolSourceOfEntry(ENTRY)).toMatchObject({ entryId: 'e1', resultUrl: URL });
    expect(toolSourceOfEntry(ENTRY)).not.toHaveProperty('nodeId');
    expect(toolSourceOfEntry(ENTRY, 'n2')).toMatchObject({ entryId: 'e1', nodeId: 'n2' });
    expect(toolSourceOfEntry({ ...ENTRY, kind: 'svg' })).toBeUndefined();
    expect(toolSourceOfEntry({ ...ENTRY, madeAt: undefined })).toBeUndefined();
  });

  it('aim at the layer’s fill (or the view without one), with the tool’s own deadline', () => {
    const task = newToolTask({ taskId: 'tool-1' }, 'upscale', toolSourceOfMeta(META, 'n1')!, 1000);
    expect(task).toEqual({
      taskId: 'tool-1',
      createdAt: 1000,
      deadlineAt: 1000 + deadlineMs(10_000),
      request: {
        model: 'recraft-v4-text-to-image',
        prompt: 'a red kite',
        size: '1024x1024',
        vector: expect.any(Object),
        target: { kind: 'fill', nodeId: 'n1' },
      },
      tool: { tool: 'upscale', imageUrl: URL, sourceNodeId: 'n1' },
    });
    const fromEntry = newToolTask({ taskId: 'tool-2' }, 'remove-bg', toolSourceOfEntry(ENTRY)!, 1000);
    expect(fromEntry.request.target).toEqual({ kind: 'viewport' });
    expect(fromEntry.tool).toEqual({ tool: 'remove-bg', imageUrl: URL, sourceEntryId: 'e1' });
  });

  it('are read back from storage only when their tool job and result fields check out', async () => {
    const good = newToolTask({ taskId: 'good' }, 'upscale', toolSourceOfMeta(META, 'n1')!, 1000);
    const kv = createMemoryStore({
      [`${STORE_KEYS.pendingPrefix}good`]: { ...good, resultUrl: URL, madeAt: 1000 },
      [`${STORE_KEYS.pendingPrefix}bad-tool`]: { ...good, taskId: 'bad-tool', tool: { tool: 'sharpen' } },
      [`${STORE_KEYS.pendingPrefix}bad-url`]: {
        ...good,
        taskId: 'bad-url',
        tool: { ...good.tool, imageUrl: 7 },
      },
      [`${STORE_KEYS.pendingPrefix}bad-made`]: { ...good, taskId: 'bad-made', madeAt: 'today' },
    });
    expect((await createPendingStore(kv).listAsync()).map((t) => t.taskId)).toEqual(['good']);
  });

  it('a node’s meta keeps a result URL and time, and drops them alone when damaged', () => {
    expect(decodeMeta(encodeMeta(META))).toMatchObject({ resultUrl: URL, madeAt: 5 });
    const damaged = decodeMeta(JSON.stringify({ ...META, resultUrl: 3, madeAt: 5 }));
    expect(damaged).toMatchObject({ prompt: 'a red kite', taskId: 't1' });
    expect(damaged).not.toHaveProperty('resultUrl');
    expect(damaged).not.toHaveProperty('madeAt');
  });
});
