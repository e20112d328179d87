import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stages, type StageSettings } from '../../../infra/stages';
import { onlyResource } from './cfn';
import { SYNTH_CACHE_ENV, synthesize, type Synthesized, type TemplateJson } from './synthesize';

/** The stages infra/stages.ts ships. */
export const SHIPPED_STAGES: StageSettings[] = Object.values(stages);

const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE'];
let ownMarkerDir: string | undefined;

/** Where the recording `docker` writes when it is called: one place per Jest run of the infra project, whichever file synthesised. */
function dockerMarker(): string {
  const dir = process.env[SYNTH_CACHE_ENV] ?? (ownMarkerDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-nodocker-marker-')));
  return path.join(dir, 'docker-was-called');
}

/** Whether a synth by `synthesizeShipped` in this run called `docker`. */
export function dockerWasCalled(): boolean {
  return fs.existsSync(dockerMarker());
}

/**
 * The app with every shipped stage, synthesised as `cdk synth -c accountConcurrency=1000` does (CDK's
 * CloudFormation validation and cdk-nag), and offline: no AWS credentials, and a `docker` first on PATH that records any call (`dockerWasCalled`).
 * One synth per Jest run of the infra project, shared by every test file that calls this.
 */
export function synthesizeShipped(): Synthesized {
  const fakeBin = fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-nodocker-'));
  fs.writeFileSync(path.join(fakeBin, 'docker'), `#!/bin/sh\ntouch "${dockerMarker()}"\nexit 1\n`, { mode: 0o755 });
  const changes: Record<string, string | undefined> = {
    PATH: `${fakeBin}${path.delimiter}${process.env.PATH}`,
    AWS_SHARED_CREDENTIALS_FILE: path.join(fakeBin, 'no-credentials'),
    AWS_CONFIG_FILE: path.join(fakeBin, 'no-config'),
    ...Object.fromEntries(CREDENTIAL_VARIABLES.map((name) => [name, undefined])),
  };
  const saved = Object.fromEntries(Object.keys(changes).map((name) => [name, process.env[name]]));
  setEnv(changes);
  try {
    return synthesize({ cloudFormationValidation: true, context: { accountConcurrency: 1000 } });
  } finally {
    setEnv(saved);
    fs.rmSync(fakeBin, { recursive: true, force: true });
  }
}

function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/** The stage's GraphQL function (`storefront-api-<stage>`) and the alias callers invoke. */
export function apiFunctionOf(json: TemplateJson, stageName: string): { functionId: string; fn: any; aliasId: string } {
  const [functionId, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-api-${stageName}`);
  const [aliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === functionId);
  return { functionId, fn, aliasId };
}

/** The storefront's distribution, as `render` shows its domain. */
export const siteOrigin = (json: TemplateJson) => `https://<${onlyResource(json, 'AWS::CloudFront::Distribution')[0]}.DomainName>`;
