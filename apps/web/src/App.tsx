import { Tooltip } from 'radix-ui';
import { Suspense } from 'react';
import { BoardPage } from './board/BoardPage';
import { LazyLandingPage, LazyReplayPage } from './lazyParts';
import { useRoute } from './router/useRoute';
import { ThemeProvider } from './theme/ThemeContext';

export function App() {
  const route = useRoute();
  return (
    <ThemeProvider>
      <Tooltip.Provider delayDuration={400}>
        {route.page === 'board' ? (
          <BoardPage key={route.boardId} boardId={route.boardId} />
        ) : (
          // The board page is in the main bundle; these two load on the way to them.
          <Suspense fallback={null}>{route.page === 'replay' ? <LazyReplayPage key={route.boardId} boardId={route.boardId} /> : <LazyLandingPage />}</Suspense>
        )}
      </Tooltip.Provider>
    </ThemeProvider>
  );
}
