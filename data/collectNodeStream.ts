import { Readable } from 'node:stream';

/**
 * Collects a DynamoDB answer body. The SDK's own collector first checks whether the body is a
 * `Blob` or a web `ReadableStream`; reading those globals loads Node's web streams on a cold
 * start's first request (docs/performance.md), although the Node HTTP handler always answers with
 * a Node stream. Anything else goes to the SDK's collector, `fallback`.
 */
export function collectNodeStream(fallback: (body: unknown) => Promise<Uint8Array>): (body: unknown) => Promise<Uint8Array> {
  return (body) => {
    if (!(body instanceof Readable)) return fallback(body);
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      body.once('error', reject);
      body.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    });
  };
}
