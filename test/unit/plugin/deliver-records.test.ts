import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { STORE_KEYS } from '../../../core/storage/store';
import type { ResultPayload } from '../../../core/tasks/types';
import { DIRTY_SVG, makeTask, svgResult } from './fixtures';
import { prepareResult } from '../../../plugin/prepare-result';
import { insert, startOn } from './harness';

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;

describe('deliver-result: records', () => {
  it('records the cleaned SVG in History and on the canvas', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const answer = await insert(host, makeTask('c1'), svgResult(DIRTY_SVG));
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node.svg).toContain('<circle');
    expect(node.svg).not.toMatch(/script|onclick/i);
    const history = await host.waitFor('history');
    expect(history.history).toHaveLength(1);
    expect(history.history[0]).toMatchObject({ taskId: 'c1', kind: 'svg', cached: true });
    host.send({ type: 'request-thumbnails', entryIds: [history.history[0]!.id] });
    const thumbs = await host.waitFor('thumbnails');
    expect(thumbs.thumbnails[0]!.data).toBe(node.svg);
  });

  it('removes the pending record once the node exists, and inserts a result handed over twice once', async () => {
    const task = makeTask('p1');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('p1')]: task } });
    const first = await insert(host, task, svgResult());
    expect(first.type).toBe('inserted');
    expect(host.stored.has(pendingKey('p1'))).toBe(false);
    const second = await insert(host, task, svgResult());
    expect(second).toEqual(first);
    expect([...host.nodes.values()].filter((n) => n.kind === 'vector')).toHaveLength(1);
  });

  it('keeps a result the host refuses in History, where Insert again places it', async () => {
    const task = makeTask('f1');
    const { host } = await startOn({
      name: 'penpot',
      storage: { [pendingKey('f1')]: task },
      refuseSvg: true,
    });
    const failed = await insert(host, task, svgResult());
    expect(failed).toMatchObject({
      type: 'insert-failed',
      taskId: 'f1',
      error: { code: 'insert-failed', action: 'check-history' },
    });
    expect(host.nodes.size).toBe(0);
    const history = host.ofType('history').at(-1)!.history;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ taskId: 'f1', cached: true });
    expect(host.stored.has(pendingKey('f1'))).toBe(false);
    host.refuseSvg = false;
    host.send({ type: 'insert-history', entryId: history[0]!.id });
    expect((await host.waitFor('inserted')).taskId).toBe('f1');
    expect([...host.nodes.values()].filter((n) => n.kind === 'vector')).toHaveLength(1);
  });

  it('refuses SVG the pipeline rejects with invalid-svg, losing nothing: History keeps the raw file', async () => {
    const task = makeTask('f2');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('f2')]: task } });
    const bad = '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>';
    const failed = await insert(host, task, svgResult(bad));
    expect(failed).toMatchObject({
      type: 'insert-failed',
      taskId: 'f2',
      error: { code: 'invalid-svg', action: 'check-history' },
    });
    expect((failed as { error: { message: string } }).error.message).toMatch(/^Could not be inserted\. /);
    expect(host.nodes.size).toBe(0);
    const [entry] = host.ofType('history').at(-1)!.history;
    expect(entry).toMatchObject({
      taskId: 'f2',
      cached: true,
      notInserted: expect.stringMatching(/DOCTYPE/),
    });
    host.send({ type: 'export-history', requestId: 'rq', entryId: entry!.id });
    expect((await host.waitFor('history-file')).file).toEqual({
      entryId: entry!.id,
      kind: 'svg',
      data: bad,
      mime: 'image/svg+xml',
    });
    expect(host.stored.has(pendingKey('f2'))).toBe(false);
  });

  it('refuses an unreadable image payload (the sandbox runner’s own: the UI’s is dropped by the guard)', () => {
    const result = { kind: 'image', bytes: 'not bytes', mime: 'image/png', width: 10, height: 10 };
    const options = { vector: makeTask('f3').request.vector };
    let thrown: unknown;
    try {
      prepareResult(result as unknown as ResultPayload, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PluginError);
    expect((thrown as PluginError).error.code).toBe('result-unreadable');
  });
});
