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
import type { TileAccent } from '@scaleboard/board';
import { CATALOGUE, CATEGORIES, NODE_KINDS, type Category, type NodeKind } from '@scaleboard/rules';

interface KindLook {
  icon: LucideIcon;
  /** A hue for the icon tile; the rest of the node stays neutral. */
  accent: TileAccent;
}

/**
 * How each kind looks in the UI. Sections come from the rules package's catalogue; labels are
 * translated through the i18n resources.
 */
export const KIND_LOOK: Record<NodeKind, KindLook> = {
  client: { icon: Monitor, accent: 'slate' },
  dns: { icon: Signpost, accent: 'sky' },
  cdn: { icon: Earth, accent: 'sky' },
  'load-balancer': { icon: Split, accent: 'violet' },
  'web-server': { icon: Server, accent: 'blue' },
  'app-server': { icon: Cpu, accent: 'blue' },
  worker: { icon: Cog, accent: 'blue' },
  cache: { icon: Zap, accent: 'amber' },
  'session-store': { icon: KeyRound, accent: 'amber' },
  database: { icon: Database, accent: 'green' },
  'object-storage': { icon: Archive, accent: 'green' },
  'message-queue': { icon: Rows3, accent: 'pink' },
  'public-network': { icon: Globe, accent: 'sky' },
  'private-network': { icon: ShieldCheck, accent: 'green' },
  region: { icon: MapPinned, accent: 'slate' },
  note: { icon: StickyNote, accent: 'amber' },
};

/** Every kind grouped by palette section, in `NODE_KINDS` order within a section. */
export function kindsByCategory(): Array<{ category: Category; kinds: NodeKind[] }> {
  return CATEGORIES.map((category) => ({
    category,
    kinds: NODE_KINDS.filter((kind) => CATALOGUE[kind].category === category),
  }));
}

/** Default size of a freshly placed group (a container other nodes are dropped into). */
export const GROUP_SIZE = { width: 420, height: 280 } as const;
/** The size a component node renders at; used to centre drops. */
export const COMPONENT_SIZE = { width: 176, height: 56 } as const;
