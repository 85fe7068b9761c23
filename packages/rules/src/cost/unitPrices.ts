import type { ComponentKind } from '../kinds';

/** What one unit of a price buys: an instance for a month, a GB served, a million requests, a GB stored for a month. */
export type PriceUnit = 'instanceMonth' | 'gbServed' | 'millionRequests' | 'gbMonth';

/** A unit price: a dated list price, never fetched live. */
export interface UnitPrice {
  usd: number;
  unit: PriceUnit;
  /** What the default stands for, as the docs and the card name it. */
  basis: string;
}

/** AWS bills an instance-month as 730 hours (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3_600;

/** When the default prices were read, and from where: the public on-demand price pages, us-east-1. */
export const PRICES_AS_OF = '2024-06';
export const PRICES_SOURCE = 'AWS on-demand list prices, us-east-1 (aws.amazon.com/ec2/pricing, /rds/pricing, /elasticache/pricing, /elasticloadbalancing/pricing, /sqs/pricing, /cloudfront/pricing, /s3/pricing, /route53/pricing)';

const monthly = (usdPerHour: number) => Math.round(usdPerHour * HOURS_PER_MONTH * 100) / 100;

/**
 * Default unit price of each kind (the `unitPriceUsd` prop's default; every component may set
 * its own). One table: the catalogue, the cost model, the docs and the fixes' "+$X/month" read it.
 * Instance prices are hourly on-demand × 730 h; the servers' VM matches the catalogue's default
 * hardware (8 cores, 32 GB). Clients cost the design nothing.
 *
 * @example UNIT_PRICES['web-server'] // { usd: 280.32, unit: 'instanceMonth', basis: 'EC2 m6i.2xlarge … $0.384/h' }
 */
export const UNIT_PRICES: Readonly<Record<Exclude<ComponentKind, 'client'>, UnitPrice>> = {
  dns: { usd: 0.4, unit: 'millionRequests', basis: 'Route 53, $0.40 per million standard queries' },
  cdn: { usd: 0.085, unit: 'gbServed', basis: 'CloudFront, $0.085 per GB out (first 10 TB, North America/Europe)' },
  'load-balancer': { usd: monthly(0.0225), unit: 'instanceMonth', basis: 'Application Load Balancer, $0.0225/h (capacity units extra)' },
  'web-server': { usd: monthly(0.384), unit: 'instanceMonth', basis: 'EC2 m6i.2xlarge (8 vCPU, 32 GiB, Linux), $0.384/h' },
  'app-server': { usd: monthly(0.384), unit: 'instanceMonth', basis: 'EC2 m6i.2xlarge (8 vCPU, 32 GiB, Linux), $0.384/h' },
  cache: { usd: monthly(0.206), unit: 'instanceMonth', basis: 'ElastiCache cache.r6g.large (13 GiB), $0.206/h' },
  'session-store': { usd: monthly(0.206), unit: 'instanceMonth', basis: 'ElastiCache cache.r6g.large (13 GiB), $0.206/h' },
  database: { usd: monthly(0.712), unit: 'instanceMonth', basis: 'RDS for PostgreSQL db.m6i.2xlarge (8 vCPU, 32 GiB, Single-AZ), $0.712/h (storage extra)' },
  'message-queue': { usd: 0.4, unit: 'millionRequests', basis: 'SQS standard queue, $0.40 per million requests' },
  worker: { usd: monthly(0.384), unit: 'instanceMonth', basis: 'EC2 m6i.2xlarge (8 vCPU, 32 GiB, Linux), $0.384/h' },
  'object-storage': { usd: 0.023, unit: 'gbMonth', basis: 'S3 Standard, $0.023 per GB-month (first 50 TB)' },
};

/** How the inspector writes each unit beside the price (`units.<unit>` in the resources translates it). */
export const PRICE_UNIT_LABEL: Readonly<Record<PriceUnit, string>> = {
  instanceMonth: 'USD/month',
  gbServed: 'USD/GB',
  millionRequests: 'USD/M requests',
  gbMonth: 'USD/GB-month',
};

/**
 * The default price of a kind of node, or undefined for what costs the design nothing (clients,
 * notes, groups).
 *
 * @example unitPriceOfKind('cache')?.unit // 'instanceMonth'
 */
export function unitPriceOfKind(kind: string): UnitPrice | undefined {
  return Object.hasOwn(UNIT_PRICES, kind) ? UNIT_PRICES[kind as keyof typeof UNIT_PRICES] : undefined;
}
