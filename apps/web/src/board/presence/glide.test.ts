import { describe, expect, it } from 'vitest';
import { glideDone, glidePosition, glideTo } from './glide';
import { MAX_GLIDE_MS, POINTER_SEND_INTERVAL_MS } from './pointerWire';

describe('glide', () => {
  it('shows a pointer seen for the first time where it is', () => {
    const glide = glideTo(undefined, { x: 3.5, y: -7.25 }, 1000);
    expect(glidePosition(glide, 1000)).toEqual({ x: 3.5, y: -7.25 });
    expect(glideDone(glide, 1000)).toBe(true);
  });

  it('moves at a steady speed over the time the peer took between its positions', () => {
    let glide = glideTo(undefined, { x: 0, y: 0 }, 0);
    glide = glideTo(glide, { x: 60, y: 30 }, 60);
    expect(glidePosition(glide, 60)).toEqual({ x: 0, y: 0 });
    expect(glidePosition(glide, 80)).toEqual({ x: 20, y: 10 });
    expect(glidePosition(glide, 100)).toEqual({ x: 40, y: 20 });
    expect(glideDone(glide, 119)).toBe(false);
    expect(glidePosition(glide, 120)).toEqual({ x: 60, y: 30 });
    expect(glideDone(glide, 120)).toBe(true);
    expect(glidePosition(glide, 5000)).toEqual({ x: 60, y: 30 });
  });

  it('takes a new position from where the pointer is shown, without a jump', () => {
    let glide = glideTo(undefined, { x: 0, y: 0 }, 0);
    glide = glideTo(glide, { x: 100, y: 0 }, 100);
    const shown = glidePosition(glide, 150);
    glide = glideTo(glide, { x: 100, y: 100 }, 150);
    expect(glidePosition(glide, 150)).toEqual(shown);
    expect(glidePosition(glide, 150 + glide.duration)).toEqual({ x: 100, y: 100 });
  });

  it('glides at least one send interval (a network burst) and at most MAX_GLIDE_MS (after a rest)', () => {
    let glide = glideTo(undefined, { x: 0, y: 0 }, 0);
    glide = glideTo(glide, { x: 10, y: 0 }, 10_000);
    expect(glide.duration).toBe(MAX_GLIDE_MS);
    glide = glideTo(glide, { x: 20, y: 0 }, 10_002);
    expect(glide.duration).toBe(POINTER_SEND_INTERVAL_MS);
    expect(glidePosition(glide, 10_002 + POINTER_SEND_INTERVAL_MS / 2).x).toBeGreaterThan(0);
    expect(glidePosition(glide, 10_002 + POINTER_SEND_INTERVAL_MS / 2).x).toBeLessThan(20);
  });
});
