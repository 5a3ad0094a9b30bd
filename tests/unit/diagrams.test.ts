import { describe, expect, it } from 'vitest';
import { gearPath } from '../../src/components/diagrams/gear.ts';

describe('gearPath', () => {
  it('draws a closed outline with one tooth per step, between the two radii', () => {
    const path = gearPath(12, 40, 50);
    expect(path.startsWith('M')).toBe(true);
    expect(path.endsWith('Z')).toBe(true);
    const points = [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => Math.hypot(Number(x), Number(y)));
    expect(points).toHaveLength(12 * 4);
    expect(points.every((r) => r > 39.9 && r < 50.1)).toBe(true);
    expect(points.filter((r) => r > 49.9)).toHaveLength(24);
  });
});
