import {
  Archive,
  Cog,
  Cpu,
  Database,
  Earth,
  Globe,
  KeyRound,
  type LucideIcon,
  MapPinned,
  Monitor,
  Rows3,
  Server,
  ShieldCheck,
  Signpost,
  Split,
  StickyNote,
  Zap,
} from 'lucide-react';
import { KIND_ACCENT, type TileAccent } from '@scaleboard/board';
import { CATALOGUE, CATEGORIES, NODE_KINDS, type Category, type NodeKind } from '@scaleboard/rules';

interface KindLook {
  icon: LucideIcon;
  /** A hue for the icon tile, the export's too (packages/board's KIND_ACCENT); the rest of the node stays neutral. */
  accent: TileAccent;
}

const ICONS: Record<NodeKind, LucideIcon> = {
  client: Monitor,
  dns: Signpost,
  cdn: Earth,
  'load-balancer': Split,
  'web-server': Server,
  'app-server': Cpu,
  worker: Cog,
  cache: Zap,
  'session-store': KeyRound,
  database: Database,
  'object-storage': Archive,
  'message-queue': Rows3,
  'public-network': Globe,
  'private-network': ShieldCheck,
  region: MapPinned,
  note: StickyNote,
};

/**
 * How each kind looks in the UI. Sections come from the rules package's catalogue; labels are
 * translated through the i18n resources.
 */
export const KIND_LOOK: Record<NodeKind, KindLook> = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, { icon: ICONS[kind], accent: KIND_ACCENT[kind] }]),
) as Record<NodeKind, KindLook>;

/** Every kind grouped by palette section, in `NODE_KINDS` order within a section. */
export function kindsByCategory(): Array<{ category: Category; kinds: NodeKind[] }> {
  return CATEGORIES.map((category) => ({
    category,
    kinds: NODE_KINDS.filter((kind) => CATALOGUE[kind].category === category),
  }));
}
