import { LayoutTemplate, LoaderCircle } from 'lucide-react';
import { Dialog } from 'radix-ui';
import { DialogPanel } from '../ui/DialogPanel';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderBoardSvg } from '@scaleboard/board';
import { TEMPLATES, templateText } from '@scaleboard/rules';
import { useRulesLang } from '../i18n/rulesLang';
import { createBoard } from '../api/boardsApi';
import { openNewBoard } from './openNewBoard';
import '../styles/gallery.css';

/** "New board from a template": the zero-to-millions steps and the Twitter estimate, each with a preview. */
export function TemplateGallery() {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const use = async (id: string) => {
    setBusy(id);
    setFailed(false);
    try {
      // The server builds the board from the same TEMPLATES.
      openNewBoard(await createBoard({ template: id }));
    } catch {
      setFailed(true);
      setBusy(null);
    }
  };
  return (
    <Dialog.Root>
      <Dialog.Trigger className="button button-secondary button-large">
        <LayoutTemplate size={18} aria-hidden />
        {t('interview.gallery.open')}
      </Dialog.Trigger>
      <DialogPanel title={t('interview.gallery.title')} closeLabel={t('interview.gallery.close')} description={t('interview.gallery.description')} className="gallery-dialog">
        <ul className="gallery-grid" aria-label={t('interview.gallery.title')}>
          {TEMPLATES.map((tpl) => ({ tpl, text: templateText(tpl.id, lang) })).map(({ tpl, text }) => (
            <li key={tpl.id}>
              <button type="button" className="gallery-card" aria-label={t('interview.gallery.use', { title: text.title })} disabled={busy !== null} onClick={() => void use(tpl.id)}>
                <span className="gallery-preview">
                  <TemplatePreview id={tpl.id} />
                  {busy === tpl.id ? <LoaderCircle className="spin gallery-busy" size={22} aria-hidden /> : null}
                </span>
                <span className="gallery-title">{text.title}</span>
                <span className="gallery-description">{text.description}</span>
              </button>
            </li>
          ))}
        </ul>
        {failed ? (
          <p role="alert" className="form-error">
            {t('landing.createFailed', { message: '' })}
          </p>
        ) : null}
      </DialogPanel>
    </Dialog.Root>
  );
}

/** A template drawn by the board renderer, in the theme showing when the gallery opens. */
function TemplatePreview({ id }: { id: string }) {
  const lang = useRulesLang();
  const src = useMemo(() => {
    const template = TEMPLATES.find((tpl) => tpl.id === id);
    if (!template) return '';
    const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderBoardSvg(template.board, { theme, background: 'transparent', padding: 12, lang }))}`;
  }, [id, lang]);
  return <img alt="" src={src} />;
}
