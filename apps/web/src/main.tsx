import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/landing.css';
import { App } from './App';
import { registerServiceWorker } from './offline/registerServiceWorker';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
