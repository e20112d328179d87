import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../local/dynamoDbLocal';
import { PROJECT_ROOT } from '../../infra/projectRoot';

describe('the built storefront (npm start -- --built)', () => {
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'storefront-dist-'));
  });

  afterEach(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('is built first when the build is missing (a fresh clone), then served with CloudFront’s headers', async () => {
    // Arrange: no build in the folder it serves from
    const distDir = join(workDir, 'dist');
    const port = await freePort();

    // Act
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/serveBuiltStorefront.ts', distDir, String(port)], { cwd: PROJECT_ROOT });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = output.match(/^ready (\S+)$/m);
        if (ready) resolve(ready[1]!);
      });
      void exited.then((code) => reject(new Error(`exited (${code}):\n${output}`)));
    });
    const page = await fetch(`${url}/`);
    const html = await page.text();
    child.kill('SIGTERM');
    await exited;

    // Assert
    expect(output.split('\n')[0]).toMatch(/^Building the storefront: .*dist is missing \(`npm run build:web` rebuilds it\)…$/);
    expect(existsSync(join(distDir, 'index.html'))).toBe(true);
    expect(page.status).toBe(200);
    expect(html).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain('http://localhost:4000');
  }, 180_000);
});
