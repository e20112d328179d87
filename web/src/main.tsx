import { createRoot } from 'react-dom/client';
import { createClient } from './apollo';
import { App } from './App';
import { createAuth } from './auth';
import { loadConfig } from './config';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const config = await loadConfig();
    const auth = await createAuth(config);
    root.render(<App client={createClient(config, auth)} auth={auth} payments={config.payments} />);
  } catch {
    root.render(
      <main className="error" role="alert">
        <p>The store could not start. Reload the page to try again.</p>
      </main>,
    );
  }
}

void start();
