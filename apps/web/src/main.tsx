import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/landing.css';
import { askRoleEarly } from './api/earlyRole';
import { keyFromHash, parseRoute } from './router/route';
import { openEarlySync } from './sync/earlySync';

/*
 * The bootstrap: a few kilobytes that run before the app chunk (startApp.tsx, preloaded by
 * index.html: vite.config.ts `preloadApp`) has downloaded and been parsed. For a board link it
 * opens the sync socket and asks for the key's role at once, so the board and the role travel
 * meanwhile; the board session and the access hook take them over (sync/earlySync.ts,
 * api/earlyRole.ts), or, when either failed, do what they always did. docs/canvas.md, "Opening".
 */
const route = parseRoute(window.location.pathname);
const key = route.page === 'board' ? keyFromHash(window.location.hash) : null;
if (route.page === 'board' && key) {
  openEarlySync(route.boardId, key);
  askRoleEarly(route.boardId, key);
}
void import('./startApp').then(({ startApp }) => startApp());
