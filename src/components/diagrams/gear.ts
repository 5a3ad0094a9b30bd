// The outline of a gear as an SVG path, drawn at build time: no image, no script.

/** A gear centred on (0, 0): `teeth` teeth between radius `inner` and `outer`. */
export function gearPath(teeth: number, inner: number, outer: number): string {
  const step = (Math.PI * 2) / teeth;
  const point = (radius: number, angle: number) => `${(radius * Math.cos(angle)).toFixed(2)} ${(radius * Math.sin(angle)).toFixed(2)}`;
  const parts: string[] = [];
  for (let i = 0; i < teeth; i++) {
    const a = i * step;
    // Each tooth: rise, flat top, fall, flat root; a little narrower at the top.
    parts.push(
      `${i === 0 ? 'M' : 'L'}${point(inner, a)}`,
      `L${point(outer, a + step * 0.12)}`,
      `L${point(outer, a + step * 0.38)}`,
      `L${point(inner, a + step * 0.5)}`,
    );
  }
  return `${parts.join(' ')} Z`;
}
