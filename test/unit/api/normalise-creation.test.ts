import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { normaliseCreation } from '../../../core/api/normalise-task';
import { fixture } from './fixtures';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h4v4z"/></svg>';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof PluginError ? error.error.code : 'not-a-plugin-error';
  }
  return undefined;
}

describe('normaliseCreation', () => {
  it('reads the wrapped answer of the model pages', () => {
    expect(normaliseCreation(fixture('create.envelope.json'))).toEqual({ taskId: 'n78xxxx_recraft' });
  });

  it('reads the flat answer of the overview page', () => {
    expect(normaliseCreation(fixture('create.flat.json'))).toEqual({ taskId: 'task_abc123' });
  });

  it('accepts taskId spellings and numeric ids', () => {
    expect(normaliseCreation({ data: { taskId: 'abc' } }).taskId).toBe('abc');
    expect(normaliseCreation({ id: 12345, status: 'queued' }).taskId).toBe('12345');
  });

  it('prefers the task id inside the envelope', () => {
    expect(normaliseCreation({ id: 'outer', data: { task_id: 'inner' } }).taskId).toBe('inner');
  });

  it('carries a synchronous result as immediate, with its credits', () => {
    const created = normaliseCreation({
      code: 200,
      data: {
        task_id: 't1',
        status: 'SUCCESS',
        output: { svg_url: 'https://cdn.test/a.svg' },
        credits_consumed: 20,
      },
    });
    expect(created.taskId).toBe('t1');
    expect(created.credits).toBe(20);
    expect(created.immediate).toMatchObject({ status: 'succeeded', urls: ['https://cdn.test/a.svg'] });
  });

  it('names a synchronous answer without any id after its result, stably', () => {
    const body = { created: 1700000000, data: [{ url: 'https://cdn.test/b.png' }] };
    const first = normaliseCreation(body);
    expect(first.taskId).toMatch(/^sync-[0-9a-f]{8}$/);
    expect(normaliseCreation(body).taskId).toBe(first.taskId);
    expect(normaliseCreation({ data: [{ url: 'https://cdn.test/c.png' }] }).taskId).not.toBe(first.taskId);
    expect(first.immediate?.urls).toEqual(['https://cdn.test/b.png']);
  });

  it('carries inline SVG answered at once', () => {
    const created = normaliseCreation({ status: 'completed', result: { svg: SVG } });
    expect(created.immediate?.svg).toBe(SVG);
  });

  it('carries a failure answered at once', () => {
    const created = normaliseCreation({ id: 't2', status: 'failed', error: { message: 'prompt rejected' } });
    expect(created.immediate).toMatchObject({ status: 'failed', error: 'prompt rejected' });
  });

  it('does not treat a still-running answer as immediate', () => {
    expect(normaliseCreation({ id: 't3', status: 'processing' }).immediate).toBeUndefined();
  });

  it('refuses an answer with neither id nor result, saying it may have been charged', () => {
    expect(codeOf(() => normaliseCreation({ code: 200, message: 'success', data: {} }))).toBe(
      'result-unreadable',
    );
    expect(codeOf(() => normaliseCreation('ok'))).toBe('result-unreadable');
    try {
      normaliseCreation({});
    } catch (error) {
      expect((error as PluginError).error.message).toMatch(/may have been charged/);
      expect((error as PluginError).error.action).toBe('check-history');
    }
  });
});
