// `tsx tests/helpers/serveBuiltStorefront.ts <distDir> <port>`: what `npm start -- --built` runs for
// the storefront (local/webServer.ts), with the build in <distDir>, in a process of its own (Vite
// is an ES module, which Jest's module loader does not load). Prints its lines, then `ready <url>`;
// SIGTERM stops it.
import { startWebServer } from '../../local/webServer';

async function main() {
  const [distDir, port] = process.argv.slice(2);
  const web = await startWebServer({
    port: Number(port),
    built: true,
    distDir: distDir!,
    log: (line) => console.log(line),
    config: {
      apiUrl: 'http://localhost:4000/graphql',
      auth: { kind: 'local', tokensUrl: 'http://localhost:4000/local/tokens' },
      payments: { provider: 'local' },
    },
  });
  console.log(`ready ${web.url}`);
  process.once('SIGTERM', () => void web.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
