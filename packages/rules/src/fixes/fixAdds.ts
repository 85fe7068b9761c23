import type { Board } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import { kindName } from '../catalogue/catalogueText';
import { unitPriceOfKind } from '../cost/unitPrices';
import { formatUsd } from '../format/formatUsd';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import type { ComponentKind } from '../kinds';
import { REDUNDANT_INSTANCES, type MechanicalFix } from './mechanicalFix';

/** What a fix adds to a design: instances (of a node, or of a new component) and their monthly cost. */
export interface FixAdds {
  instances: number;
  /** The kind of the component the fix adds, when it adds one. */
  component?: ComponentKind;
  monthlyUsd: number;
}

/** An instance-month of a kind at a unit price; 0 for kinds billed by use, which a new copy does not change. */
function instanceMonth(kind: string, unitPrice: unknown): number {
  if (unitPriceOfKind(kind)?.unit !== 'instanceMonth') return 0;
  return typeof unitPrice === 'number' ? unitPrice : 0;
}

/**
 * What a mechanical fix adds, priced like the cost model prices it (`fixPatch` adds new nodes with
 * their kind's default price); null for a fix that adds nothing (a TTL, an existing store).
 *
 * @example fixAdds({ action: 'raise-instances', node: 'web', instances: 3 }, board) // { instances: 2, monthlyUsd: 560.64 }
 */
export function fixAdds(fix: MechanicalFix, board: Board): FixAdds | null {
  const node = board.nodes.find((n) => n.id === fix.node);
  if (!node) return null;
  switch (fix.action) {
    case 'raise-instances': {
      const props = resolveProps(node.kind, node.props);
      const added = fix.instances - (typeof props.instances === 'number' ? props.instances : 1);
      if (added <= 0) return null;
      return { instances: added, monthlyUsd: added * instanceMonth(node.kind, props.unitPriceUsd) };
    }
    case 'add-replica':
      return { instances: 1, component: 'database', monthlyUsd: instanceMonth('database', unitPriceOfKind('database')?.usd) };
    case 'add-session-store':
      if (fix.store !== null) return null;
      return { instances: REDUNDANT_INSTANCES, component: 'session-store', monthlyUsd: REDUNDANT_INSTANCES * instanceMonth('session-store', unitPriceOfKind('session-store')?.usd) };
    case 'set-ttl':
      return null;
  }
}

/**
 * What a fix adds, said in `lang`: "+2 instance(s), +$560.64/month", "+1 Database, +$519.76/month".
 *
 * @example describeFixAdds({ action: 'add-replica', node: 'db' }, board, 'ko') // '데이터베이스 +1, 월 +$520'
 */
export function describeFixAdds(fix: MechanicalFix, board: Board, lang: Lang): string | null {
  const adds = fixAdds(fix, board);
  if (!adds) return null;
  const cost = formatUsd(adds.monthlyUsd);
  if (!adds.component) return translate(lang, 'fixAdds.instances', { count: adds.instances, cost });
  const kind = kindName(adds.component, lang);
  return translate(lang, adds.instances > 1 ? 'fixAdds.components' : 'fixAdds.component', { kind, count: adds.instances, cost });
}
