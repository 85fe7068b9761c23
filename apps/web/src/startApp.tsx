import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './App';
import { registerServiceWorker } from './offline/registerServiceWorker';

/** The app itself, loaded by the bootstrap (main.tsx) as its own chunk. */
export function startApp(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  registerServiceWorker();
}
