import { createServer } from 'node:net';

/** A port `npm start` needs is taken by another process. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    /** What the port was meant for and how to move it: `PORT, the API`. */
    readonly purpose: string,
    options?: { cause?: unknown },
  ) {
    super(`Port ${port} (${purpose}) is in use.`, options);
    this.name = 'PortInUseError';
  }
}

/**
 * Throws PortInUseError unless `port` can be listened on now, on `host` as the server that will use
 * it listens (undefined: every interface, as the local gateway does). Port 0 (any free port) always can.
 */
export async function assertPortFree(port: number, purpose: string, host?: string): Promise<void> {
  if (port === 0) return;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, purpose, { cause: error }) : error),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
