import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import '../i18n/i18n';
import { PanelBoundary } from './PanelBoundary';

function Throwing(): never {
  throw new Error('a node of a kind this version does not know');
}

/**
 * The web tests run without a DOM, and server rendering does not use error boundaries, so the
 * boundary is driven the way React drives it: render, a child throws, getDerivedStateFromError,
 * render again. The e2e suite sees it in Chromium.
 */
describe('PanelBoundary', () => {
  it('renders its children until one throws, then a message with a way back instead of a white page', () => {
    const boundary = new PanelBoundary({ area: 'panel', children: createElement(Throwing) });
    expect(() => renderToStaticMarkup(createElement('div', null, boundary.render()))).toThrow('does not know');
    boundary.state = PanelBoundary.getDerivedStateFromError();
    const html = renderToStaticMarkup(createElement('div', null, boundary.render()));
    expect(html).toContain('role="alert"');
    expect(html).toContain('Something went wrong showing this panel.');
    expect(html).toContain('>Try again</button>');
    expect(html).toContain('>Reload</button>');
  });

  it('names the part that failed', () => {
    const boundary = new PanelBoundary({ area: 'canvas', children: createElement(Throwing) });
    boundary.state = PanelBoundary.getDerivedStateFromError();
    expect(renderToStaticMarkup(createElement('div', null, boundary.render()))).toContain('Something went wrong showing the canvas.');
  });
});
