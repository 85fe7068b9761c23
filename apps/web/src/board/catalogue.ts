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
import { NODE_KINDS, type NodeKind } from '@scaleboard/rules';

/** Palette sections, in display order. */
export const CATEGORIES = ['entry', 'compute', 'data', 'async', 'networks', 'notes'] as const;
export type Category = (typeof CATEGORIES)[number];

interface KindLook {
  icon: LucideIcon;
  category: Category;
  /** A hue for the icon tile; the rest of the node stays neutral. */
  accent: string;
}

/** How each kind looks in the UI. Labels and descriptions live in the i18n resources. */
export const KIND_LOOK: Record<NodeKind, KindLook> = {
  client: { icon: Monitor, category: 'entry', accent: 'slate' },
  dns: { icon: Signpost, category: 'entry', accent: 'sky' },
  cdn: { icon: Earth, category: 'entry', accent: 'sky' },
  'load-balancer': { icon: Split, category: 'entry', accent: 'violet' },
  'web-server': { icon: Server, category: 'compute', accent: 'blue' },
  'app-server': { icon: Cpu, category: 'compute', accent: 'blue' },
  worker: { icon: Cog, category: 'compute', accent: 'blue' },
  cache: { icon: Zap, category: 'data', accent: 'amber' },
  'session-store': { icon: KeyRound, category: 'data', accent: 'amber' },
  database: { icon: Database, category: 'data', accent: 'green' },
  'object-storage': { icon: Archive, category: 'data', accent: 'green' },
  'message-queue': { icon: Rows3, category: 'async', accent: 'pink' },
  'public-network': { icon: Globe, category: 'networks', accent: 'sky' },
  'private-network': { icon: ShieldCheck, category: 'networks', accent: 'green' },
  region: { icon: MapPinned, category: 'networks', accent: 'slate' },
  note: { icon: StickyNote, category: 'notes', accent: 'amber' },
};

/** Every kind grouped by palette section, in `NODE_KINDS` order within a section. */
export function kindsByCategory(): Array<{ category: Category; kinds: NodeKind[] }> {
  return CATEGORIES.map((category) => ({
    category,
    kinds: NODE_KINDS.filter((kind) => KIND_LOOK[kind].category === category),
  }));
}

/** Default size of a freshly placed group (a container other nodes are dropped into). */
export const GROUP_SIZE = { width: 420, height: 280 } as const;
/** The size a component node renders at; used to centre drops. */
export const COMPONENT_SIZE = { width: 176, height: 56 } as const;
