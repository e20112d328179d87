// `tsx scripts/runScripts.ts <script> [<script> ...]`: runs the named npm scripts (`npm run -s`),
// as many at once as the machine has cores, in the order given (the longest first packs best).
// Each one's output is printed when it ends, and a last line gives the time each took; the command
// fails if any of them failed. `npm test` runs its checks before Jest with it.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { PROJECT_ROOT } from '../infra/projectRoot';

interface Outcome {
  readonly name: string;
  readonly code: number | null;
  readonly output: string;
  readonly seconds: number;
}

function runScript(name: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', name], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ name, code: 1, output: `${output}${error.message}\n`, seconds: (Date.now() - started) / 1000 }));
    child.once('close', (code) => resolve({ name, code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

async function main(names: readonly string[]): Promise<number> {
  if (!names.length) {
    console.error('Usage: tsx scripts/runScripts.ts <npm script> [<npm script> ...]');
    return 2;
  }
  const started = Date.now();
  const queue = [...names];
  const failed: Outcome[] = [];
  const took: string[] = [];
  const lane = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const outcome = await runScript(name);
      took.push(`${name} ${outcome.seconds.toFixed(1)} s`);
      process.stdout.write(outcome.output);
      if (outcome.code !== 0) {
        failed.push(outcome);
        console.error(`npm run ${name} failed (exit code ${outcome.code}, ${outcome.seconds.toFixed(1)} s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), names.length) }, lane));
  console.log(`${names.length} scripts in ${((Date.now() - started) / 1000).toFixed(1)} s (${took.join(', ')})`);
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
