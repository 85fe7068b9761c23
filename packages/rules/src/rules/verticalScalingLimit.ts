import { VERTICAL_CEILING } from '../catalogue/catalogue';
import type { Rule, RuleHit } from '../findings/finding';
import { describe } from './describe';
import { sketch } from './sketch';

export const verticalScalingLimit: Rule = {
  id: 'vertical-scaling-limit',
  severity: 'warning',
  title: 'Scaled up past a practical ceiling',
  idea: 'Vertical scaling (more CPU and RAM on one server) is simplest but has a hard ceiling and no failover (chapter 1).',
  explanation:
    `One machine with more than ${VERTICAL_CEILING.cpuCores} cores or ${VERTICAL_CEILING.memoryGb} GB of memory is near what hardware offers: `
    + 'the next growth step has nowhere to go, and it is still one machine that can die.',
  fix: 'Scale out instead: several smaller instances behind a load balancer (or shards/replicas for a database).',
  example: sketch('One huge database', [['db', 'database', { cpuCores: 128, memoryGb: 2048 }]]),
  nearMiss: sketch('Huge but replicated', [['db', 'database', { cpuCores: 128, memoryGb: 2048, instances: 2 }]]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const node of graph.nodes.values()) {
      const { cpuCores, memoryGb } = node.props;
      if (node.instances > 1 || typeof cpuCores !== 'number' || typeof memoryGb !== 'number') continue;
      if (cpuCores <= VERTICAL_CEILING.cpuCores && memoryGb <= VERTICAL_CEILING.memoryGb) continue;
      hits.push({ nodes: [node.id], message: `${describe(node)} is scaled up to ${cpuCores} cores and ${memoryGb} GB on one machine, near the hardware ceiling.` });
    }
    return hits;
  },
};
