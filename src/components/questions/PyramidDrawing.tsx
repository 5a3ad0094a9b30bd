// The organisation chart as a drawing: a pyramid with the point up (traditional) or down
// (inverted). Labels are text from the course, never part of an image, broken into lines that
// keep inside their band (pyramid-layout.ts) once the browser can measure them.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { bandsOf, fitLabel, FRAME, GROUND, LABEL, MID, outline, type Band, type Shape } from './pyramid-layout.ts';

interface Props {
  shape: Shape;
  /** One per level from the top; in the traditional pyramid the last is outside it. */
  labels: string[];
  results: Array<'right' | 'wrong' | undefined>;
  /** Makes a level a place to drop a role on (see use-placing.tsx). */
  place(level: number): Record<string, unknown>;
}

/** Bands from the accent to its palest tint: question.css paints them from the theme's tokens. */
const SHADES = 4;

type Measure = ((line: string) => number) | undefined;

/** Text widths as the browser draws them, in the course font once it has loaded; none before the drawing is in the page. */
function useMeasure(): { probe: { current: SVGTextElement | null }; measure: Measure } {
  const probe = useRef<SVGTextElement>(null);
  // Drawn again once the probe is in the page, and again once the course font is in.
  const [, redraw] = useState(0);
  useLayoutEffect(() => {
    let live = true;
    redraw(1);
    void document.fonts?.ready.then(() => live && redraw(2));
    return () => void (live = false);
  }, []);
  const text = probe.current;
  const measure: Measure = text
    ? (line) => {
        text.textContent = line;
        const width = text.getComputedTextLength();
        text.textContent = '';
        return width;
      }
    : undefined;
  return { probe, measure };
}

function Label({ band, text, result, measure }: { band: Band; text: string; result?: 'right' | 'wrong'; measure: Measure }) {
  const full = text + (result === 'right' ? ' ✓' : result === 'wrong' ? ' ✗' : '');
  const middle = (band.top + band.bottom) / 2;
  const { lines, size, centres } = measure ? fitLabel(full, band, measure) : { lines: [full], size: LABEL.size, centres: [middle] };
  return (
    <text class="pyramid-label" text-anchor="middle" dominant-baseline="central" style={size === LABEL.size ? undefined : { fontSize: `${size}px` }}>
      {lines.map((line, i) => (
        <tspan key={i} x={MID} y={centres[i]}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function PyramidDrawing({ shape, labels, results, place }: Props) {
  const { probe, measure } = useMeasure();
  const inside = shape === 'traditional' ? labels.length - 1 : labels.length;
  const bands = bandsOf(shape, inside);
  // The traditional pyramid's shades darken to its point; the inverted one's to its base.
  const shade = (i: number) => (shape === 'traditional' ? i : SHADES - 1 - i) % SHADES;
  return (
    <svg viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} aria-hidden="true" focusable="false">
      {bands.map((band, i) => (
        <g key={i} {...place(i)}>
          <polygon points={outline(band)} class={`pyramid-band pyramid-band-${shade(i)}`} />
          <Label band={band} text={labels[i] ?? ''} result={results[i]} measure={measure} />
        </g>
      ))}
      {shape === 'traditional' && (
        <g {...place(inside)}>
          <rect
            x={MID - GROUND.half}
            y={GROUND.top}
            width={2 * GROUND.half}
            height={GROUND.bottom - GROUND.top}
            rx={(GROUND.bottom - GROUND.top) / 2}
            class="pyramid-ground"
            pointer-events="all"
          />
          <Label band={GROUND} text={labels[inside] ?? ''} result={results[inside]} measure={measure} />
        </g>
      )}
      <text ref={probe} class="pyramid-label" visibility="hidden" />
    </svg>
  );
}
