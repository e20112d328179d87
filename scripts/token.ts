// `npm run token -- --sub <id> [--admin] [--email a@b.c] [--expires-in 3600]`: a token `npm start` accepts.
import { join } from 'node:path';
import { loadOrCreateSigningKey, signToken } from '../local/localAuth';
import { localDataDir } from '../local/dataDir';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';

const USAGE = `Usage: npm run token -- --sub <customer-id> [--admin] [--email <address>] [--expires-in <seconds>]
  --sub <id>             the customer id (the token's subject)
  --admin                in the Cognito group "admin"
  --email <address>      the token's email claim
  --expires-in <seconds> lifetime, 43200 (12 h) by default`;

function main() {
  const { values } = parseCommandLine({
    options: {
      sub: { type: 'string' },
      admin: { type: 'boolean', default: false },
      email: { type: 'string' },
      'expires-in': { type: 'string', default: String(12 * 3600) },
    },
  });
  if (!values.sub) throw new UsageError('--sub is required.');
  const raw = values['expires-in'];
  const expiresInSeconds = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(expiresInSeconds) || expiresInSeconds <= 0) {
    throw new UsageError(`--expires-in must be a positive whole number of seconds, not "${raw}".`);
  }
  const key = loadOrCreateSigningKey(join(localDataDir(), 'local-auth.json'));
  console.log(signToken(key, { sub: values.sub, admin: values.admin, email: values.email, expiresInSeconds }));
}

runCommand(main, USAGE);
