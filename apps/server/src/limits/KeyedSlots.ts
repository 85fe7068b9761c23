/** Frees a slot; calling it more than once frees it once. */
export type ReleaseSlot = () => void;

export type SlotResult<Refusal extends string> = { ok: true; release: ReleaseSlot } | { ok: false; reason: Refusal };

/**
 * Slots counted under two keys at once — say a board and a client address — each key with its
 * own cap: a slot is granted only while both keys are under their caps, and released once. The
 * one bookkeeping behind the connection limits and the export admission.
 *
 * @example const slots = new KeyedSlots([[200, 'board-full'], [100, 'ip-full']]); const slot = slots.take(boardId, ip)
 */
export class KeyedSlots<First extends string, Second extends string> {
  private readonly first = new Map<string, number>();
  private readonly second = new Map<string, number>();

  /** Each key's cap and the reason a refusal over it gives; the first is checked first. */
  constructor(private readonly caps: readonly [[number, First], [number, Second]]) {}

  take(firstKey: string, secondKey: string): SlotResult<First | Second> {
    const [[firstCap, firstFull], [secondCap, secondFull]] = this.caps;
    if ((this.first.get(firstKey) ?? 0) >= firstCap) return { ok: false, reason: firstFull };
    if ((this.second.get(secondKey) ?? 0) >= secondCap) return { ok: false, reason: secondFull };
    bump(this.first, firstKey, 1);
    bump(this.second, secondKey, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        bump(this.first, firstKey, -1);
        bump(this.second, secondKey, -1);
      },
    };
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
