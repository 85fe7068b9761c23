import type { Rule } from '../findings/finding';
import { availabilityTarget } from './availabilityTarget';
import { cacheWithoutExpiry } from './cacheWithoutExpiry';
import { cacheWithoutSource } from './cacheWithoutSource';
import { cdnWithoutOrigin } from './cdnWithoutOrigin';
import { cdnWithoutTtl } from './cdnWithoutTtl';
import { dnsTarget } from './dnsTarget';
import { latencyTarget } from './latencyTarget';
import { loadBalancerMissing } from './loadBalancerMissing';
import { loadBalancerSingleBackend } from './loadBalancerSingleBackend';
import { overCapacity } from './overCapacity';
import { publicExposure } from './publicExposure';
import { queueWithoutConsumer } from './queueWithoutConsumer';
import { queueWithoutProducer } from './queueWithoutProducer';
import { sessionStoreSinglePoint } from './sessionStoreSinglePoint';
import { singlePointOfFailure } from './singlePointOfFailure';
import { statefulWebTier } from './statefulWebTier';
import { verticalScalingLimit } from './verticalScalingLimit';

/** Every design rule, in documentation order. Rule ids are a public contract: never rename one. */
export const RULES: readonly Rule[] = [
  singlePointOfFailure,
  loadBalancerMissing,
  loadBalancerSingleBackend,
  statefulWebTier,
  sessionStoreSinglePoint,
  publicExposure,
  dnsTarget,
  cacheWithoutSource,
  cacheWithoutExpiry,
  cdnWithoutOrigin,
  cdnWithoutTtl,
  queueWithoutConsumer,
  queueWithoutProducer,
  verticalScalingLimit,
  overCapacity,
  availabilityTarget,
  latencyTarget,
];

/**
 * @example ruleOf('dns-target')?.fix
 */
export function ruleOf(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
