import { Readable } from 'node:stream';
import { collectNodeStream } from '../../../data/collectNodeStream';

describe('collectNodeStream', () => {
  const fallbackAnswer = new Uint8Array([9]);
  const fallbackCalls: unknown[] = [];
  const collect = collectNodeStream(async (body) => {
    fallbackCalls.push(body);
    return fallbackAnswer;
  });

  beforeEach(() => {
    fallbackCalls.length = 0;
  });

  it('joins the chunks of a Node stream, in order', async () => {
    // Prepare
    const body = Readable.from([Buffer.from('{"Items":'), Buffer.from('[]'), Buffer.from('}')]);

    // Act
    const bytes = await collect(body);

    // Assess
    expect(Buffer.from(bytes).toString('utf8')).toBe('{"Items":[]}');
    expect(fallbackCalls).toEqual([]);
  });

  it('answers an empty stream with no bytes', async () => {
    expect((await collect(Readable.from([]))).byteLength).toBe(0);
  });

  it('rejects when the stream fails', async () => {
    // Prepare
    const body = new Readable({
      read() {
        this.destroy(new Error('socket hang up'));
      },
    });

    // Act / Assess
    await expect(collect(body)).rejects.toThrow('socket hang up');
  });

  it('hands anything but a Node stream to the SDK collector', async () => {
    // Prepare
    const webStream = new ReadableStream();

    // Act
    const bytes = await collect(webStream);

    // Assess
    expect(bytes).toBe(fallbackAnswer);
    expect(fallbackCalls).toEqual([webStream]);
  });
});
