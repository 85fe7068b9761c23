import { Tooltip } from 'radix-ui';
import { BoardPage } from './board/BoardPage';
import { LandingPage } from './landing/LandingPage';
import { ReplayPage } from './replay/ReplayPage';
import { useRoute } from './router/useRoute';
import { ThemeProvider } from './theme/ThemeContext';

export function App() {
  const route = useRoute();
  return (
    <ThemeProvider>
      <Tooltip.Provider delayDuration={400}>
        {route.page === 'board' ? (
          <BoardPage key={route.boardId} boardId={route.boardId} />
        ) : route.page === 'replay' ? (
          <ReplayPage key={route.boardId} boardId={route.boardId} />
        ) : (
          <LandingPage />
        )}
      </Tooltip.Provider>
    </ThemeProvider>
  );
}
