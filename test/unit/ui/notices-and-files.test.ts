import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../core/bytes/base64';
import { EMPTY_SELECTION, type PluginMessage } from '../../../core/protocol/messages';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { ChargeNotice } from '../../../core/tasks/charge-notices';
import { fileBlob } from '../../../ui/files/download-file';
import { appReducer, INITIAL_APP_STATE } from '../../../ui/state/app-state';
import { resultFileName } from '../../../ui/state/file-name';
import { thumbnailsToRequest } from '../../../ui/state/thumbnails';

const notice = (id: string): ChargeNotice => ({
  id,
  prompt: 'a fox',
  model: 'recraft-v4-text-to-vector',
  createdAt: 5,
  reason: 'It may have been charged.',
});

const init = (notices: ChargeNotice[]): PluginMessage => ({
  type: 'init',
  host: 'figma',
  settings: DEFAULT_SETTINGS,
  apiKey: null,
  selection: EMPTY_SELECTION,
  history: [],
  palette: [],
  pending: [],
  notices,
  sets: [],
  swatches: [],
});

describe('charge notices in the UI state', () => {
  it('starts from the ones the sandbox kept, adds new ones once, and forgets a dismissed one', () => {
    let state = appReducer(INITIAL_APP_STATE, { type: 'message', message: init([notice('old')]) });
    expect(state.notices).toEqual([notice('old')]);
    state = appReducer(state, { type: 'notice-added', notice: notice('new') });
    state = appReducer(state, { type: 'notice-added', notice: notice('new') });
    expect(state.notices.map((n) => n.id)).toEqual(['old', 'new']);
    state = appReducer(state, { type: 'notice-dismissed', id: 'old' });
    expect(state.notices.map((n) => n.id)).toEqual(['new']);
  });
});

describe('History files in the UI', () => {
  it('names a download after its prompt, safely, with its type’s extension', () => {
    expect(resultFileName('A fox: head / icon', 'image/svg+xml')).toBe('a-fox-head-icon.svg');
    expect(resultFileName('Café crème ☕', 'image/webp')).toBe('cafe-creme.webp');
    expect(resultFileName('../../etc/passwd', 'image/png')).toBe('etc-passwd.png');
    expect(resultFileName('☕☕', 'image/jpeg')).toBe('recraft-result.jpg');
    expect(resultFileName('x'.repeat(500), 'application/zip')).toBe(`${'x'.repeat(60)}.bin`);
  });

  it('makes the Blob of the file as it was kept: SVG text, or the image’s own bytes', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>raw</script></svg>';
    const text = fileBlob({ entryId: 'e', kind: 'svg', data: svg, mime: 'image/svg+xml' })!;
    expect(text.type).toBe('image/svg+xml');
    expect(await text.text()).toBe(svg);
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    const image = fileBlob({ entryId: 'e', kind: 'image', data: toBase64(bytes), mime: 'image/png' })!;
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(bytes);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fileBlob({ entryId: 'e', kind: 'image', data: '$$$', mime: 'image/png' })).toBeUndefined();
  });

  it('never asks for the thumbnail of a raw file that could not be inserted', () => {
    const entry = (id: string, notInserted?: string) => ({
      id,
      taskId: id,
      prompt: id,
      model: 'recraft-v4-text-to-vector' as const,
      size: '1024x1024',
      kind: 'svg' as const,
      createdAt: 1,
      cached: true,
      bytes: 10,
      ...(notInserted ? { notInserted } : {}),
    });
    expect(thumbnailsToRequest([entry('ok'), entry('raw', 'refused')], {}, new Set())).toEqual(['ok']);
  });
});
