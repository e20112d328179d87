// `npm run token -- --sub <id> [--admin] [--email a@b.c] [--expires-in 3600]`: a token `npm start` accepts.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateSigningKey, signToken } from '../local/localAuth';
import { localDataDir } from '../local/dataDir';

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    admin: { type: 'boolean', default: false },
    email: { type: 'string' },
    'expires-in': { type: 'string', default: String(12 * 3600) },
  },
});
if (!values.sub) {
  console.error('Usage: npm run token -- --sub <customer-id> [--admin] [--email <address>] [--expires-in <seconds>]');
  process.exit(2);
}
const expiresInSeconds = Number(values['expires-in']);
if (!Number.isInteger(expiresInSeconds) || expiresInSeconds <= 0) {
  console.error('--expires-in must be a positive number of seconds.');
  process.exit(2);
}
const dataDir = localDataDir();
const key = loadOrCreateSigningKey(join(dataDir, 'local-auth.json'));
console.log(signToken(key, { sub: values.sub, admin: values.admin, email: values.email, expiresInSeconds }));
