// `npm run codegen:check`: regenerates generated/ in memory from codegen.yml and fails if the
// committed files differ, so a schema change without `npm run codegen` cannot land.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

async function main() {
  const root = resolve(__dirname, '..');
  const { config } = await loadCodegenConfig({ configFilePath: resolve(root, 'codegen.yml') });
  const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as Array<{ filename: string; content: string }>;
  const stale = outputs.filter(({ filename, content }) => {
    try {
      return readFileSync(resolve(root, filename), 'utf8') !== content;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`Generated code is stale: ${stale.map(({ filename }) => filename).join(', ')}. Run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log(`Generated code is up to date (${outputs.length} files).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
