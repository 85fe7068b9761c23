/**
 * Where a figure of LATENCY_NUMBERS comes from, with the year it describes.
 *
 * - `dean-2009`: Jeff Dean, "Designs, Lessons and Advice from Building Large Distributed Systems",
 *   LADIS 2009 keynote, slide "Numbers Everyone Should Know" (Google, October 2009).
 * - `scott-2020`: Colin Scott, "Latency Numbers Every Programmer Should Know" (interactive table,
 *   https://colin-scott.github.io/personal_website/research/interactive_latency.html), the year
 *   slider at 2020 — his extrapolation of Dean's figures along hardware trends, not a measurement.
 */
export const LATENCY_SOURCES = {
  'dean-2009': {
    title: 'Jeff Dean, "Designs, Lessons and Advice from Building Large Distributed Systems" (LADIS keynote), "Numbers Everyone Should Know"',
    url: 'https://www.cs.cornell.edu/projects/ladis2009/talks/dean-keynote-ladis2009.pdf',
    year: 2009,
  },
  'scott-2020': {
    title: 'Colin Scott, "Latency Numbers Every Programmer Should Know" (interactive, year 2020)',
    url: 'https://colin-scott.github.io/personal_website/research/interactive_latency.html',
    year: 2020,
  },
} as const;

export type LatencySource = keyof typeof LATENCY_SOURCES;

/** One row of the table: what takes the time, and how long, in nanoseconds. */
export interface LatencyNumber {
  /** `latencyNumbers.<id>` in the resources names it in each language. */
  id: string;
  /** The figure the product uses (the newest source that gives one). */
  ns: number;
  source: LatencySource;
  /** Dean's 2009 figure beside it, where his table has the row: how much the hardware moved. */
  dean2009Ns?: number;
}

/**
 * "Latency numbers every engineer should know" — the one table the latency model reads (each
 * kind's typical latency is a sum of its rows, see KIND_LATENCY_MS) and the app shows as a card.
 * Orders of magnitude, not benchmarks; the two network round trips have not moved since 2009.
 * docs/estimation.md ("Latency") copies it; a test keeps the copy in step.
 *
 * @example LATENCY_NUMBERS.find((n) => n.id === 'datacentreRoundTrip')?.ns // 500_000
 */
export const LATENCY_NUMBERS = [
  { id: 'l1CacheReference', ns: 1, source: 'scott-2020', dean2009Ns: 0.5 },
  { id: 'mainMemoryReference', ns: 100, source: 'scott-2020', dean2009Ns: 100 },
  { id: 'read1MbFromMemory', ns: 3_000, source: 'scott-2020', dean2009Ns: 250_000 },
  { id: 'ssdRandomRead', ns: 16_000, source: 'scott-2020' },
  { id: 'read1MbFromSsd', ns: 49_000, source: 'scott-2020' },
  { id: 'datacentreRoundTrip', ns: 500_000, source: 'scott-2020', dean2009Ns: 500_000 },
  { id: 'read1MbFromDisk', ns: 825_000, source: 'scott-2020', dean2009Ns: 20_000_000 },
  { id: 'diskSeek', ns: 2_000_000, source: 'scott-2020', dean2009Ns: 10_000_000 },
  { id: 'crossRegionRoundTrip', ns: 150_000_000, source: 'scott-2020', dean2009Ns: 150_000_000 },
] as const satisfies readonly LatencyNumber[];

export type LatencyNumberId = (typeof LATENCY_NUMBERS)[number]['id'];

const NS_PER_MS = 1_000_000;

/**
 * A row of the table in milliseconds.
 *
 * @example latencyMsOf('diskSeek') // 2
 */
export function latencyMsOf(id: LatencyNumberId): number {
  return LATENCY_NUMBERS.find((n) => n.id === id)!.ns / NS_PER_MS;
}
