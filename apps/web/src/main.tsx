import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/landing.css';
import { askRoleEarly } from './api/earlyRole';
import { appDownloaded } from './appDownloaded';
import { keyFromHash, parseRoute } from './router/route';
import { openEarlySync } from './sync/earlySync';

/*
 * The bootstrap: a few kilobytes that run before the app chunk (startApp.tsx, preloaded by
 * index.html: vite.config.ts `preloadApp`) has been parsed and run. For a board link it asks for
 * the key's role at once and opens the sync socket as soon as the app's scripts have downloaded, so
 * the board and the role travel while the app starts; the board session and the access hook take them over (sync/earlySync.ts,
 * api/earlyRole.ts), or, when either failed, do what they always did. docs/canvas.md, "Opening".
 */
const route = parseRoute(window.location.pathname);
const key = route.page === 'board' ? keyFromHash(window.location.hash) : null;
/** Past this the socket opens even if the app's scripts have not all downloaded (appDownloaded.ts). */
const SOCKET_WAITS_FOR_SCRIPTS_MS = 1500;
if (route.page === 'board' && key) {
  const { boardId } = route;
  askRoleEarly(boardId, key);
  void appDownloaded(SOCKET_WAITS_FOR_SCRIPTS_MS).then(() => openEarlySync(boardId, key));
}
void import('./startApp').then(({ startApp }) => startApp());
