import { describe, it } from 'vitest';
import type { ModelId } from '../../core/models/catalogue';
import type { MockOptions } from '../../dev/mock/types';
import { setupAsync } from './runner-harness';

// Every answer shape the gateway publishes, end to end: create, poll, download, deliver.
const cases: [string, MockOptions, ModelId, 'svg' | 'image'][] = [
  ['envelope, vector by URL', { shape: 'envelope' }, 'recraft-v4-text-to-vector', 'svg'],
  ['envelope, raster', { shape: 'envelope' }, 'recraft-v4-text-to-image', 'image'],
  ['flat, vector by URL', { shape: 'flat' }, 'recraft-v4-pro-text-to-vector', 'svg'],
  ['flat, raster', { shape: 'flat' }, 'recraft-v4-pro-text-to-image', 'image'],
  [
    'envelope, inline SVG',
    { shape: 'envelope', vectorDelivery: 'inline' },
    'recraft-v4-text-to-vector',
    'svg',
  ],
  ['flat, inline SVG', { shape: 'flat', vectorDelivery: 'inline' }, 'recraft-v4-text-to-vector', 'svg'],
  ['aspect-ratio model', { shape: 'envelope' }, 'imagen-4', 'image'],
  [
    'synchronous answer, vector',
    { shape: 'envelope', synchronousModels: ['recraft-v4-text-to-vector'] },
    'recraft-v4-text-to-vector',
    'svg',
  ],
  [
    'synchronous answer, flat raster',
    { shape: 'flat', synchronousModels: ['grok-imagine'] },
    'grok-imagine',
    'image',
  ],
  [
    'synchronous answer, inline SVG',
    { shape: 'flat', vectorDelivery: 'inline', synchronousModels: ['recraft-v4-text-to-vector'] },
    'recraft-v4-text-to-vector',
    'svg',
  ],
];

describe.concurrent('answer shapes end to end', () => {
  it.for(cases)('%s', async ([, options, model, kind], { expect, onTestFinished }) => {
    const h = await setupAsync(options);
    onTestFinished(() => h.closeAsync());
    const task = await h.generateAsync(model, 'a lighthouse on a cliff, bold shapes');
    const view = await h.untilAsync(task.taskId, ['done', 'failed', 'stalled']);
    expect(view.phase).toBe('done');
    expect(h.delivered).toHaveLength(1);
    const { result, wasStored } = h.delivered[0]!;
    expect(wasStored).toBe(true);
    expect(result.kind).toBe(kind);
    if (result.kind === 'svg') expect(result.svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    if (result.kind === 'image') {
      expect(result.mime).toBe('image/png');
      expect(result.width).toBeGreaterThan(0);
    }
    const polls = h.mock.log().filter((e) => e.path.includes('/tasks/'));
    if (options.synchronousModels?.includes(model)) expect(polls).toHaveLength(0);
    else expect(polls.length).toBeGreaterThan(0);
    expect(h.posts()).toHaveLength(1);
    expect(await h.store.listAsync()).toEqual([]);
  });
});
