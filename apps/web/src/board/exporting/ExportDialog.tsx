import { useReactFlow } from '@xyflow/react';
import { Dialog } from 'radix-ui';
import { DialogPanel } from '../../ui/DialogPanel';
import { Check, Copy, Download, ImageDown } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { docToBoard, exportPicture } from '@scaleboard/board';
import { useRulesLang } from '../../i18n/rulesLang';
import { useBoardContent } from '../../sync/useBoardContent';
import { IconButton } from '../../ui/IconButton';
import { isApple, isTyping, modKey } from '../shortcuts/keys';
import { base64, buildExport, EXPORT_FORMATS, renderOptions, type ExportSettings } from './exportFormats';
import { ExportOptions } from './ExportOptions';
import './exporting.css';

const DEFAULTS: ExportSettings = { format: 'png', scale: 2, theme: 'light', background: 'solid', selectionOnly: false, findings: false };

/** Export: PNG, SVG, JSON or a Markdown report, with a live preview; ⌘/Ctrl ⇧ E opens it. */
export function ExportDialog({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [open, setOpen] = useState(false);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const show = (next: boolean) => {
    if (next) setSelection(new Set(flow.getNodes().filter((n) => n.selected).map((n) => n.id)));
    setOpen(next);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isApple ? event.metaKey : event.ctrlKey;
      if (!mod || !event.shiftKey || event.key.toLowerCase() !== 'e' || isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setSelection(new Set(flow.getNodes().filter((n) => n.selected).map((n) => n.id)));
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow]);

  return (
    <Dialog.Root open={open} onOpenChange={show}>
      <Dialog.Trigger asChild>
        <IconButton label={t('exporting.open')} shortcut={`${modKey} ⇧ E`}>
          <ImageDown />
        </IconButton>
      </Dialog.Trigger>
      <DialogPanel title={t('exporting.title')} closeLabel={t('exporting.close')} description={t('exporting.description')} className="dialog-export">
        <ExportBody doc={doc} selection={selection} />
      </DialogPanel>
    </Dialog.Root>
  );
}

function ExportBody({ doc, selection }: { doc: Y.Doc; selection: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const content = useBoardContent(doc);
  // The picture starts in the theme the person is looking at.
  const [settings, setSettings] = useState<ExportSettings>(() => ({ ...DEFAULTS, theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light' }));
  const [status, setStatus] = useState<{ kind: 'copied' | 'error'; text: string } | null>(null);
  // `content` changes on every edit while the dialog is open, so the preview stays live; the file
  // itself is read with docToBoard, exactly as the server's export reads it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `content` is the re-render signal
  const board = useMemo(() => docToBoard(doc), [doc, content]);
  // The preview is the exported picture itself.
  const picture = useMemo(() => exportPicture(board, renderOptions(board, settings, selection, lang)), [board, settings, selection, lang]);
  const preview = `data:image/svg+xml;base64,${base64(picture.svg)}`;
  const scale = settings.format === 'png' ? settings.scale : 1;

  const run = async (action: 'download' | 'copy') => {
    setStatus(null);
    try {
      const file = await buildExport(board, settings, selection, lang);
      if (action === 'download') {
        const url = URL.createObjectURL(file.blob);
        const link = Object.assign(document.createElement('a'), { href: url, download: file.filename });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        return;
      }
      if (settings.format === 'png') await navigator.clipboard.write([new ClipboardItem({ 'image/png': file.blob })]);
      else await navigator.clipboard.writeText(await file.blob.text());
      setStatus({ kind: 'copied', text: t('exporting.copied') });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: t(action === 'copy' ? 'exporting.copyFailed' : 'exporting.failed', { message }) });
    }
  };

  return (
    <div className="export-layout">
      <ExportOptions settings={settings} onChange={(next) => setSettings({ ...settings, ...next })} selectionSize={selection.size} formats={EXPORT_FORMATS} />
      <figure className="export-preview" data-theme-preview={settings.theme}>
        {settings.format === 'json' ? (
          <pre className="export-json" aria-label={t('exporting.preview')}>{JSON.stringify(board, null, 2).slice(0, 4000)}</pre>
        ) : (
          <img src={preview} alt={t('exporting.preview')} className="export-image" />
        )}
        <figcaption>{settings.format === 'json' ? `${board.nodes.length} · ${board.edges.length}` : t('exporting.size', { width: picture.width * scale, height: picture.height * scale })}</figcaption>
      </figure>
      <div className="dialog-actions export-actions">
        {status ? (
          <span role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'form-error export-status' : 'export-status'}>
            {status.kind === 'copied' ? <Check size={14} aria-hidden /> : null}
            {status.text}
          </span>
        ) : null}
        <button type="button" className="button" onClick={() => void run('copy')}>
          <Copy size={15} aria-hidden />
          {t('exporting.copy')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void run('download')}>
          <Download size={15} aria-hidden />
          {t('exporting.download')}
        </button>
      </div>
    </div>
  );
}
