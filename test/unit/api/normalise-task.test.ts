import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { normaliseTask } from '../../../core/api/normalise-task';
import { fixture } from './fixtures';

const envelope = (data: unknown) => ({ code: 200, message: 'success', data });
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

describe('normaliseTask: status words', () => {
  const cases: [string, string][] = [
    ['pending', 'queued'],
    ['queued', 'queued'],
    ['QUEUED', 'queued'],
    ['IN_PROGRESS', 'running'],
    ['in progress', 'running'],
    ['processing', 'running'],
    ['running', 'running'],
    ['Running', 'running'],
    ['completed', 'succeeded'],
    ['complete', 'succeeded'],
    ['SUCCESS', 'succeeded'],
    ['success', 'succeeded'],
    ['succeeded', 'succeeded'],
    ['FAILED', 'failed'],
    ['failed', 'failed'],
    ['error', 'failed'],
    ['cancelled', 'failed'],
    ['canceled', 'failed'],
    ['EXPIRED', 'failed'],
    ['GENERATE_FAILED', 'failed'],
  ];
  it.each(cases)('flat %s → %s', (word, expected) => {
    const urls = expected === 'succeeded' ? { output: ['https://cdn.test/a.png'] } : {};
    const snapshot = normaliseTask({ id: 't', status: word, ...urls });
    expect(snapshot.status).toBe(expected);
    expect(snapshot.rawStatus).toBe(word);
  });
  it.each(cases)('wrapped %s → %s', (word, expected) => {
    expect(normaliseTask(envelope({ task_id: 't', status: word })).status).toBe(expected);
  });

  it('keeps polling on an unknown status, remembering the word', () => {
    expect(normaliseTask({ status: 'MYSTERY_STATE' })).toEqual({
      status: 'running',
      rawStatus: 'MYSTERY_STATE',
      urls: [],
    });
  });

  it('reads a state from data.type, as the sibling feed endpoint does', () => {
    const snapshot = normaliseTask(fixture('task.feed.json'));
    expect(snapshot.status).toBe('succeeded');
    expect(snapshot.rawStatus).toBe('SUCCESS');
  });

  it('ignores a data.type that is a kind, not a state', () => {
    expect(normaliseTask(envelope({ type: 'text2image', status: 'processing' })).status).toBe('running');
    expect(normaliseTask(envelope({ type: 'text2image' })).status).toBe('running');
  });

  it('takes state and task_status too', () => {
    expect(normaliseTask({ state: 'done', url: 'https://x.test/a.png' }).status).toBe('succeeded');
    expect(normaliseTask({ task_status: 'queued' }).status).toBe('queued');
  });

  it('calls a result without any status finished, and an error alone failed', () => {
    expect(normaliseTask({ data: [{ url: 'https://x.test/a.png' }] }).status).toBe('succeeded');
    expect(normaliseTask({ error: { message: 'boom' } })).toMatchObject({ status: 'failed', error: 'boom' });
    expect(normaliseTask({}).status).toBe('running');
    expect(normaliseTask({ code: 200, data: null }).status).toBe('running');
  });

  it('keeps a known running state even when a preview URL shows up', () => {
    expect(normaliseTask({ status: 'running', output: ['https://x.test/preview.png'] }).status).toBe(
      'running',
    );
  });
});

describe('normaliseTask: result locations', () => {
  const url = 'https://cdn.test/r/result.png';
  const shapes: [string, unknown][] = [
    ['data.output.image_url', envelope({ status: 'SUCCESS', output: { image_url: url } })],
    ['data.output.svg_url', envelope({ status: 'SUCCESS', output: { svg_url: url } })],
    ['data.output.image_urls[]', envelope({ status: 'SUCCESS', output: { image_urls: [url] } })],
    ['data.image_url', envelope({ status: 'SUCCESS', image_url: url })],
    ['data.response_data[].image_url', envelope({ type: 'SUCCESS', response_data: [{ image_url: url }] })],
    ['result.urls[]', { status: 'completed', result: { urls: [url] } }],
    ['result.images[].url', { status: 'completed', result: { images: [{ url }] } }],
    ['images[].url', { status: 'completed', images: [{ url }] }],
    ['images[] strings', { status: 'completed', images: [url] }],
    ['output[] strings', { status: 'succeeded', output: [url] }],
    ['output[].url', { status: 'succeeded', output: [{ url }] }],
    ['output string', { status: 'succeeded', output: url }],
    ['output.url', { status: 'succeeded', output: { url } }],
    ['data[].url (Recraft)', { created: 1, data: [{ url }] }],
    ['url', { status: 'success', url }],
    ['wrapped result.urls', envelope({ status: 'SUCCESS', result: { urls: [url] } })],
  ];
  it.each(shapes)('%s', (_name, body) => {
    const snapshot = normaliseTask(body);
    expect(snapshot.urls).toEqual([url]);
    expect(snapshot.status).toBe('succeeded');
  });

  it('finds both files of the feed example and none of the request', () => {
    expect(normaliseTask(fixture('task.feed.json')).urls).toEqual([
      'https://cdn.example.invalid/a1.mp3',
      'https://cdn.example.invalid/a1.jpeg',
    ]);
  });

  it('never takes inputs, callbacks or prompts for results', () => {
    const body = envelope({
      status: 'SUCCESS',
      callback_url: 'https://me.test/hook',
      input_urls: ['https://me.test/in.png'],
      request_body: { prompt: 'https://me.test/p.png', image_url: 'https://me.test/ref.png' },
      output: { image_url: url },
    });
    expect(normaliseTask(body).urls).toEqual([url]);
  });

  it('deduplicates and ignores non-URL strings', () => {
    const body = { status: 'success', output: [url, url, 'not a url', 'ftp://x'], result: { url } };
    expect(normaliseTask(body).urls).toEqual([url]);
  });
});

describe('normaliseTask: inline SVG', () => {
  it.each([
    ['data.output.svg', envelope({ status: 'SUCCESS', output: { svg: SVG } })],
    ['result.svg', { status: 'completed', result: { svg: SVG } }],
    ['data.svg', envelope({ status: 'SUCCESS', svg: SVG })],
    ['output[] text', { status: 'completed', output: [SVG] }],
    ['xml prolog', { status: 'completed', svg: `<?xml version="1.0"?>\n${SVG}` }],
  ])('%s', (_name, body) => {
    const snapshot = normaliseTask(body);
    expect(snapshot.svg).toContain('<svg');
    expect(snapshot.status).toBe('succeeded');
    expect(snapshot.urls).toEqual([]);
  });

  it('decodes data:image/svg+xml URLs, base64 or percent-encoded, including UTF-8 text', () => {
    const withText = SVG.replace('</svg>', '<title>café ☕</title></svg>');
    const b64 = Buffer.from(withText, 'utf8').toString('base64');
    expect(normaliseTask({ status: 'done', output: [`data:image/svg+xml;base64,${b64}`] }).svg).toBe(
      withText,
    );
    const encoded = `data:image/svg+xml;utf8,${encodeURIComponent(withText)}`;
    expect(normaliseTask({ status: 'done', url: encoded }).svg).toBe(withText);
  });

  it('does not take text that merely mentions svg', () => {
    expect(normaliseTask({ status: 'running', note: 'an <svg> soon' }).svg).toBeUndefined();
  });

  it('keeps a raster data URL as a result URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(normaliseTask({ status: 'done', output: [png] }).urls).toEqual([png]);
  });
});

describe('normaliseTask: errors and credits', () => {
  it.each([
    ['data.error string', envelope({ status: 'FAILED', error: 'NSFW content' }), 'NSFW content'],
    [
      'data.error.message',
      envelope({ status: 'FAILED', error: { message: 'NSFW content' } }),
      'NSFW content',
    ],
    ['fail_message', { status: 'failed', fail_message: 'NSFW content' }, 'NSFW content'],
    ['error_message', { status: 'failed', error_message: 'NSFW content' }, 'NSFW content'],
    ['error.message', { status: 'error', error: { message: 'NSFW content' } }, 'NSFW content'],
    [
      'response_data[].fail_message',
      envelope({ type: 'FAILED', response_data: [{ fail_message: '', error_message: 'NSFW content' }] }),
      'NSFW content',
    ],
    ['envelope message', { code: 200, message: 'NSFW content', data: { status: 'FAILED' } }, 'NSFW content'],
  ])('%s', (_name, body, message) => {
    const snapshot = normaliseTask(body);
    expect(snapshot.status).toBe('failed');
    expect(snapshot.error).toBe(message);
  });

  it('does not report "success" as a failure reason, nor errors of a running task', () => {
    expect(normaliseTask(envelope({ status: 'FAILED' })).error).toBeUndefined();
    expect(normaliseTask({ status: 'running', error: 'transient' }).error).toBeUndefined();
  });

  it.each([
    ['credits', { status: 'completed', credits: 20, url: 'https://x.test/a.svg' }, 20],
    ['credits_consumed', envelope({ status: 'SUCCESS', credits_consumed: 70 }), 70],
    ['cost as text', { status: 'completed', cost: '8' }, 8],
  ])('credits from %s', (_name, body, credits) => {
    expect(normaliseTask(body).credits).toBe(credits);
  });

  it('ignores negative or non-numeric credits', () => {
    expect(normaliseTask({ status: 'done', credits: -1 }).credits).toBeUndefined();
    expect(normaliseTask({ status: 'done', credits: 'many' }).credits).toBeUndefined();
  });
});

describe('normaliseTask: garbage', () => {
  it.each([null, undefined, 'text', 42, true, [1, 2]])('%j is a transient server fault', (body) => {
    try {
      normaliseTask(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PluginError);
      expect((error as PluginError).error.code).toBe('server');
    }
  });

  it('survives cycles-free deep nesting and odd value types', () => {
    let deep: Record<string, unknown> = { url: 'https://x.test/deep.png' };
    for (let i = 0; i < 50; i++) deep = { result: deep };
    expect(() => normaliseTask({ status: 7, output: deep, credits: {} })).not.toThrow();
    expect(normaliseTask({ status: 7 })).toMatchObject({ status: 'running', rawStatus: '7' });
  });
});
