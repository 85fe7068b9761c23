import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { en } from '../../i18n/en';
import { NAVIGATION_SCHEMES, type NavigationScheme } from '../../profile/navigationStore';
import { setNavigationScheme, useNavigationScheme } from '../../profile/useNavigationScheme';
import { modKey } from './keys';

/** A key or gesture of `navigation.keys`, or the modifiers shown as symbols: Ctrl (⌘ on a Mac) and Shift. */
type Key = keyof typeof en.navigation.keys | 'mod' | 'shift';
/** A gesture and its ways, each way a sequence of keys: ['space', 'drag'] is Space + drag. */
type Gesture = [keyof typeof en.navigation.gestures, Key[][]];

/** What each scheme (profile/navigationStore.ts; the xyflow side: canvas/navigationProps.ts) does with the mouse and trackpad. */
const GESTURES: Record<NavigationScheme, Gesture[]> = {
  'drag-selects': [
    ['boxSelect', [['drag']]],
    ['pan', [['space', 'drag'], ['middleDrag']]],
    ['scroll', [['wheel']]],
    ['scrollSideways', [['shift', 'wheel']]],
    ['zoom', [['mod', 'wheel'], ['pinch']]],
    ['addNote', [['doubleClick']]],
  ],
  'drag-pans': [
    ['pan', [['drag'], ['space', 'drag']]],
    ['boxSelect', [['shift', 'drag']]],
    ['zoom', [['wheel'], ['pinch']]],
    ['addNote', [['doubleClick']]],
  ],
};

/** Gestures that change the board, left out for someone who may only look. */
const EDIT_ONLY: ReadonlySet<Gesture[0]> = new Set(['addNote']);

/**
 * The two ways the canvas moves, side by side with their gestures; picking one switches the canvas
 * at once and is remembered in this browser.
 */
export function NavigationChoice({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const current = useNavigationScheme();
  const keyName = (key: Key) => (key === 'mod' ? modKey : key === 'shift' ? '⇧' : t(`navigation.keys.${key}`));
  return (
    <fieldset className="navigation-choice">
      <legend className="navigation-choice-title">{t('navigation.title')}</legend>
      {NAVIGATION_SCHEMES.map((scheme) => (
        <div key={scheme} className="navigation-option" data-checked={scheme === current || undefined}>
          <label className="navigation-option-name">
            <input
              type="radio"
              name={`${id}-navigation`}
              value={scheme}
              checked={scheme === current}
              onChange={() => setNavigationScheme(scheme)}
              aria-describedby={`${id}-${scheme}-hint`}
            />
            {t(`navigation.schemes.${scheme}.name`)}
          </label>
          <p id={`${id}-${scheme}-hint`} className="navigation-option-hint">
            {t(`navigation.schemes.${scheme}.hint`)}
          </p>
          <dl className="navigation-gestures">
            {GESTURES[scheme].filter(([gesture]) => !readOnly || !EDIT_ONLY.has(gesture)).map(([gesture, ways]) => (
              <div key={gesture} className="shortcut-row">
                <dt>{t(`navigation.gestures.${gesture}`)}</dt>
                <dd>
                  {ways.map((keys, way) => (
                    <Fragment key={keys.join('+')}>
                      {way > 0 ? <span className="shortcut-or">{t('navigation.keys.or')}</span> : null}
                      {keys.map((key) => (
                        <kbd key={key}>{keyName(key)}</kbd>
                      ))}
                    </Fragment>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </fieldset>
  );
}
