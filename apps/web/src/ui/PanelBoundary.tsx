import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Which part of the screen a boundary guards: it names the part in its message. */
export type PanelArea = 'canvas' | 'panel' | 'board';

interface PanelBoundaryProps {
  area: PanelArea;
  children: ReactNode;
}

/**
 * Catches a render failure of one part of the board screen (the canvas, an inspector panel) so it
 * costs that part, never the page: without it React unmounts everything and leaves a white page.
 * The part shows what happened and a way back: try again (render it afresh) or reload the page.
 *
 * @example <PanelBoundary area="panel"><FindingsTab … /></PanelBoundary>
 */
export class PanelBoundary extends Component<PanelBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console is where a person reporting the failure finds what to send.
    console.error(`Scaleboard: the ${this.props.area} failed to render`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? <PanelFailure area={this.props.area} onRetry={this.retry} /> : this.props.children;
  }
}

/** What a failed part shows instead of itself. */
export function PanelFailure({ area, onRetry, reload = () => window.location.reload() }: { area: PanelArea; onRetry: () => void; reload?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-failure" role="alert" data-area={area}>
      <p>{t(`errors.render.${area}`)}</p>
      <div className="panel-failure-actions">
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('errors.render.retry')}
        </button>
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('errors.render.reload')}
        </button>
      </div>
    </div>
  );
}
