import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

export type NodeArch = 'arm64' | 'x64';

/** Where official Node builds fetched from the npm registry are kept between builds (git-ignored with node_modules). */
export const OFFICIAL_NODE_CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'official-node');

/** How a Node of another architecture runs here: Debian's qemu-user-static with the cross-built C libraries. */
const EMULATORS: Record<NodeArch, { readonly emulator: string; readonly sysroot: string; readonly packages: string }> = {
  arm64: {
    emulator: 'qemu-aarch64-static',
    sysroot: '/usr/aarch64-linux-gnu',
    packages: 'qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross',
  },
  x64: { emulator: 'qemu-x86_64-static', sysroot: '/usr/x86_64-linux-gnu', packages: 'qemu-user-static libc6-amd64-cross libstdc++6-amd64-cross' },
};

/** An official Node build that cannot be fetched or run here; the message says what to check. */
export class OfficialNodeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OfficialNodeError';
  }
}

export interface OfficialNodeRequest {
  /** A release (`24.22.3`) or a major (`24`, the newest of it). */
  readonly version: string;
  readonly arch: NodeArch;
  readonly cacheDir?: string;
  /** The architecture of this machine (`process.arch`). */
  readonly hostArch?: string;
}

/**
 * Where a release is (or goes) in the cache: its own folder, unless the newest of its major,
 * fetched earlier by the major alone, is that very release.
 */
function cachedDir(cacheDir: string, arch: NodeArch, version: string): string {
  const own = path.join(cacheDir, `node-linux-${arch}-${version}`);
  if (fs.existsSync(own) || !/^\d+\.\d+\.\d+$/.test(version)) return own;
  const ofMajor = path.join(cacheDir, `node-linux-${arch}-${version.split('.')[0]}`);
  try {
    const { version: fetched } = JSON.parse(fs.readFileSync(path.join(ofMajor, 'package', 'package.json'), 'utf8')) as { version?: string };
    return fetched === version && fs.existsSync(path.join(ofMajor, 'package', 'bin', 'node')) ? ofMajor : own;
  } catch {
    return own;
  }
}

/**
 * The command (argv) that runs the official Node build of `version` for `arch`: the npm registry's
 * `node-linux-<arch>` package, fetched once into `cacheDir`, run under qemu when `arch` is not this
 * machine's. Checks that it runs and is the release asked for; throws OfficialNodeError otherwise.
 */
export function officialNodeCommand({ version, arch, cacheDir = OFFICIAL_NODE_CACHE, hostArch = process.arch }: OfficialNodeRequest): string[] {
  const spec = `node-linux-${arch}@${version}`;
  const dir = cachedDir(cacheDir, arch, version);
  const binary = path.join(dir, 'package', 'bin', 'node');
  if (!fs.existsSync(binary)) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const tarball = execFileSync('npm', ['pack', spec, '--loglevel=error', '--pack-destination', dir], {
        encoding: 'utf8',
        cwd: dir,
        stdio: 'pipe',
        // the caller's environment as it sees it (the registry and proxy settings npm reads)
        env: process.env,
      })
        .trim()
        .split('\n')
        .pop()!;
      execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir]);
      fs.rmSync(path.join(dir, tarball));
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      const detail = npmFailure((error as { stderr?: string }).stderr) ?? (error as Error).message;
      throw new OfficialNodeError(`Node ${version} for ${arch} cannot be obtained from the npm registry (${spec}): ${detail}`, { cause: error });
    }
  }
  let command = [binary];
  if (arch !== hostArch) {
    const { emulator, sysroot, packages } = EMULATORS[arch];
    const emulatorPath = ['/usr/bin', '/usr/local/bin'].map((bin) => path.join(bin, emulator)).find((candidate) => fs.existsSync(candidate));
    if (!emulatorPath || !fs.existsSync(sysroot)) {
      throw new OfficialNodeError(
        `Running Node for ${arch} on this ${hostArch} machine needs ${emulator} and ${sysroot}: apt-get install ${packages}.`,
      );
    }
    command = [emulatorPath, '-L', sysroot, binary];
  }
  let reported: string;
  try {
    reported = execFileSync(command[0]!, [...command.slice(1), '-p', '`${process.version} ${process.arch}`'], {
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  } catch (error) {
    throw new OfficialNodeError(`${spec} was fetched but does not run here (${command.join(' ')}): ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  const [runs, runsOn] = reported.split(' ');
  const wanted = /^\d+\.\d+\.\d+$/.test(version) ? `v${version}` : undefined;
  if ((wanted && runs !== wanted) || runsOn !== arch) {
    throw new OfficialNodeError(`${spec} reports ${reported}, not ${wanted ?? `v${version}.x`} ${arch}.`);
  }
  return command;
}

/** The line of npm's error output that says why (a 404 for the version, a refused or failed fetch). */
function npmFailure(stderr: string | undefined): string | undefined {
  const lines = (stderr ?? '').split('\n').map((line) => line.replace(/^npm error\s*/, '').trim());
  return [/^404 /, /^FetchError/, /^code /].map((pattern) => lines.find((line) => pattern.test(line))).find(Boolean) ?? lines.find(Boolean);
}
