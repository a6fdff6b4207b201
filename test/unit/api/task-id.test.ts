import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { normaliseCreation } from '../../../core/api/normalise-task';
import { isTaskId, TASK_ID_MAX } from '../../../core/api/task-id';

describe('isTaskId', () => {
  it.each([
    'n78xxxx_recraft',
    'task_abc123',
    '12345',
    'a',
    '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    'v1.task.42',
    '.hidden',
    'x'.repeat(TASK_ID_MAX),
  ])('accepts %j', (id) => expect(isTaskId(id)).toBe(true));

  it.each([
    ['empty', ''],
    ['a dot', '.'],
    ['two dots', '..'],
    ['only dots', '...'],
    ['a slash', 'a/b'],
    ['a parent step', '../tasks'],
    ['a backslash', 'a\\b'],
    ['a query', 'a?b'],
    ['a fragment', 'a#b'],
    ['a percent escape', '%2e%2e'],
    ['a space', 'a b'],
    ['a newline', 'a\n'],
    ['a tab', '\ta'],
    ['non-ASCII', 'tâche'],
    ['too long', 'x'.repeat(TASK_ID_MAX + 1)],
  ])('refuses %s', (_name, id) => expect(isTaskId(id)).toBe(false));

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['a']]) expect(isTaskId(value)).toBe(false);
  });
});

describe('a creation answer whose id is not a task id', () => {
  const errorOf = (body: unknown) => {
    try {
      normaliseCreation(body);
    } catch (error) {
      return (error as PluginError).error;
    }
    throw new Error('expected a PluginError');
  };

  it.each(['..', '.', 'a/../b', 'x?y', 'id with space'])(
    '%j: refused, saying it may have been charged',
    (id) => {
      const error = errorOf({ code: 200, data: { task_id: id, status: 'IN_PROGRESS' } });
      expect(error).toMatchObject({ code: 'result-unreadable', action: 'check-history' });
      expect(error.message).toMatch(/accepted the request but its answer held an unusable task id/);
      expect(error.message).toMatch(/may have been charged; check your gateway dashboard/);
      // The gateway's id is not repeated: it is server text, and says nothing to a designer.
      expect(error.message).not.toMatch(/["'“]/);
    },
  );

  it('a finished (synchronous) answer keeps its result under an id of our own instead', () => {
    const created = normaliseCreation({
      id: '..',
      status: 'SUCCESS',
      output: { image_url: 'https://cdn.test/a.png' },
    });
    expect(created.taskId).toMatch(/^sync-[0-9a-f]{8}$/);
    expect(isTaskId(created.taskId)).toBe(true);
    expect(created.immediate).toMatchObject({ status: 'succeeded' });
  });
});
