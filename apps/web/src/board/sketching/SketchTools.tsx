import { ArrowUpRight, Circle, MousePointer2, PenLine, Square, Type } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import { useBoard } from '../BoardContext';
import { SKETCH_TOOLS, type SketchTool } from './sketchTools';

const ICONS: Record<SketchTool, ReactNode> = {
  select: <MousePointer2 />,
  pen: <PenLine />,
  rectangle: <Square />,
  ellipse: <Circle />,
  arrow: <ArrowUpRight />,
  text: <Type />,
};

/** The drawing tools, top centre: select, pen, rectangle, ellipse, arrow, text. Editors only. */
export const SketchTools = memo(function SketchTools() {
  const { t } = useTranslation();
  const { tool, setTool } = useBoard();
  return (
    <div className="toolbar sketch-tools" role="toolbar" aria-label={t('sketch.tools')}>
      {SKETCH_TOOLS.map(({ tool: entry, key }) => (
        <IconButton key={entry} label={t(`sketch.tool.${entry}`)} shortcut={key} aria-pressed={tool === entry} className={tool === entry ? 'is-active' : ''} onClick={() => setTool(entry)}>
          {ICONS[entry]}
        </IconButton>
      ))}
    </div>
  );
});
