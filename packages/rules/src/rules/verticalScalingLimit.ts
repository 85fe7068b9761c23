import { VERTICAL_CEILING } from '../catalogue/catalogue';
import type { Rule, RuleHit } from '../findings/finding';
import { sketch } from './sketch';

export const verticalScalingLimit: Rule = {
  id: 'vertical-scaling-limit',
  severity: 'warning',
  example: sketch('One huge database', [['db', 'database', { cpuCores: 128, memoryGb: 2048 }]]),
  nearMiss: sketch('Huge but replicated', [['db', 'database', { cpuCores: 128, memoryGb: 2048, instances: 2 }]]),
  local: { props: ['instances', 'cpuCores', 'memoryGb'], radius: 0 },
  check({ anchors, names }) {
    const hits: RuleHit[] = [];
    for (const node of anchors) {
      const { cpuCores, memoryGb } = node.props;
      if (node.instances > 1 || typeof cpuCores !== 'number' || typeof memoryGb !== 'number') continue;
      if (cpuCores <= VERTICAL_CEILING.cpuCores && memoryGb <= VERTICAL_CEILING.memoryGb) continue;
      hits.push({ nodes: [node.id], message: { key: 'rules.vertical-scaling-limit.message', params: { name: names.one(node), cpuCores, memoryGb } } });
    }
    return hits;
  },
};
