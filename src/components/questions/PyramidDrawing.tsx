// The organisation chart as a drawing: a pyramid with the point up (traditional) or down
// (inverted). Labels are text from the course, never part of an image.

interface Props {
  shape: 'traditional' | 'inverted';
  /** One per level from the top; in the traditional pyramid the last is outside it. */
  labels: string[];
  results: Array<'right' | 'wrong' | undefined>;
  /** Makes a level a place to drop a role on (see use-placing.tsx). */
  place(level: number): Record<string, unknown>;
}

const WIDTH = 320;
const MID = WIDTH / 2;
const HALF = 150;
/** Bands from the accent to its palest tint: pyramid.css paints them from the theme's tokens. */
const SHADES = 4;

function band(top: number, bottom: number, halfAt: (y: number) => number): string {
  return [
    [MID - halfAt(top), top],
    [MID + halfAt(top), top],
    [MID + halfAt(bottom), bottom],
    [MID - halfAt(bottom), bottom],
  ]
    .map(([x, y]) => `${x!.toFixed(1)},${y}`)
    .join(' ');
}

function Label({ y, text, result }: { y: number; text: string; result?: 'right' | 'wrong' }) {
  const mark = result === 'right' ? ' ✓' : result === 'wrong' ? ' ✗' : '';
  return (
    <text x={MID} y={y} class="pyramid-label" text-anchor="middle" dominant-baseline="middle">
      {text + mark}
    </text>
  );
}

export function PyramidDrawing({ shape, labels, results, place }: Props) {
  if (shape === 'traditional') {
    const levels = labels.length - 1;
    const top = 10;
    const base = 190;
    const step = (base - top) / levels;
    const halfAt = (y: number) => (HALF * (y - top)) / (base - top);
    return (
      <svg viewBox={`0 0 ${WIDTH} 240`} aria-hidden="true" focusable="false">
        {labels.slice(0, levels).map((text, i) => (
          <g key={i} {...place(i)}>
            <polygon points={band(top + i * step, top + (i + 1) * step, halfAt)} class={`pyramid-band pyramid-band-${i % SHADES}`} />
            <Label y={top + (i + 0.62) * step} text={text} result={results[i]} />
          </g>
        ))}
        <g {...place(levels)}>
          <rect x={MID - HALF} y={base + 12} width={HALF * 2} height={34} rx={17} class="pyramid-ground" pointer-events="all" />
          <Label y={base + 29} text={labels[levels] ?? ''} result={results[levels]} />
        </g>
      </svg>
    );
  }
  const top = 10;
  const point = 230;
  const step = (point - top) / labels.length;
  const halfAt = (y: number) => (HALF * (point - y)) / (point - top);
  return (
    <svg viewBox={`0 0 ${WIDTH} 240`} aria-hidden="true" focusable="false">
      {labels.map((text, i) => (
        <g key={i} {...place(i)}>
          <polygon points={band(top + i * step, top + (i + 1) * step, halfAt)} class={`pyramid-band pyramid-band-${(SHADES - 1 - i) % SHADES}`} />
          <Label y={top + (i + 0.42) * step} text={text} result={results[i]} />
        </g>
      ))}
    </svg>
  );
}
