import { describe, expect, it } from 'vitest';
import { serveImageConversions } from '../../../ui/images/convert-image';
import { FakeTransport, flushAsync } from './fakes';

const ask = {
  type: 'convert-image',
  requestId: 'c1',
  bytes: new Uint8Array([1, 2, 3]),
  mime: 'image/webp',
} as const;

describe('serveImageConversions', () => {
  it('answers a conversion request with the PNG the browser made', async () => {
    const transport = new FakeTransport();
    const png = { bytes: new Uint8Array([9]), mime: 'image/png' as const, width: 4, height: 3 };
    const seen: string[] = [];
    serveImageConversions(transport, async (bytes, mime) => {
      seen.push(`${mime} ${bytes.length}`);
      return png;
    });
    transport.deliver(ask);
    await flushAsync();
    expect(seen).toEqual(['image/webp 3']);
    expect(transport.sent).toEqual([{ type: 'image-converted', requestId: 'c1', image: png }]);
  });

  it('says why when the browser cannot decode it, so the sandbox keeps the result', async () => {
    const transport = new FakeTransport();
    serveImageConversions(transport, async () => {
      throw new Error('The source image cannot be decoded.');
    });
    transport.deliver(ask);
    await flushAsync();
    expect(transport.sent).toEqual([
      { type: 'image-converted', requestId: 'c1', error: 'The source image cannot be decoded.' },
    ]);
  });

  it('ignores every other message', async () => {
    const transport = new FakeTransport();
    serveImageConversions(transport, async () => {
      throw new Error('must not be called');
    });
    transport.deliver({ type: 'theme', theme: 'dark' });
    await flushAsync();
    expect(transport.sent).toEqual([]);
  });

  it('passes the sandbox’s maxSide on, to scale the image down to fit (Figma takes 4096 px a side)', async () => {
    const transport = new FakeTransport();
    const asked: (number | undefined)[] = [];
    serveImageConversions(transport, async (_bytes, _mime, maxSide) => {
      asked.push(maxSide);
      return { bytes: new Uint8Array([1]), mime: 'image/png', width: 4096, height: 1024 };
    });
    transport.deliver(ask);
    transport.deliver({ ...ask, requestId: 'c2', mime: 'image/png', maxSide: 4096 });
    await flushAsync();
    expect(asked).toEqual([undefined, 4096]);
  });
});
