import type { ServiceChain } from '../../state/service-chain.ts';
import type { ChainStrings } from './strings.ts';

const BOX = { width: 250, height: 34 };
const ROW = 44;
const YOU = { width: 120, height: 44 };
/** Longer names are squeezed to fit their box rather than spill out of it. */
const SQUEEZE_FROM = 28;

interface Props {
  chain: ServiceChain;
  strings: ChainStrings;
  /** Wide: suppliers left, customers right. Narrow (a phone): suppliers above, customers below. */
  layout: 'wide' | 'narrow';
}

interface Box {
  name: string;
  x: number;
  y: number;
}

function NameBox({ name, x, y }: Box) {
  return (
    <>
      <rect x={x} y={y} width={BOX.width} height={BOX.height} rx="8" />
      <text
        x={x + BOX.width / 2}
        y={y + BOX.height / 2}
        dominant-baseline="central"
        text-anchor="middle"
        {...(name.length > SQUEEZE_FROM ? { textLength: BOX.width - 16, lengthAdjust: 'spacingAndGlyphs' } : {})}
      >
        {name}
      </text>
    </>
  );
}

/**
 * The learner's chain as a drawing: suppliers feed "You", who feeds the internal customers.
 * Names are SVG text, never markup.
 */
export function ChainDiagram({ chain, strings, layout }: Props) {
  const wide = layout === 'wide';
  const { suppliers, customers } = chain;
  // Each name's box, and where its arrow meets "You".
  const width = wide ? 780 : 290;
  const height = wide ? Math.max(1, suppliers.length, customers.length) * ROW + 48 : (suppliers.length + customers.length) * ROW + YOU.height + 150;
  const you = wide
    ? { x: width / 2 - YOU.width / 2, y: height / 2 - YOU.height / 2 }
    : { x: width / 2 - YOU.width / 2, y: 34 + suppliers.length * ROW + 36 };
  const column = (names: string[], side: 'suppliers' | 'customers'): (Box & { from: [number, number]; to: [number, number] })[] =>
    names.map((name, i) => {
      if (wide) {
        const x = side === 'suppliers' ? 10 : width - 10 - BOX.width;
        const y = height / 2 - (names.length * ROW) / 2 + i * ROW + (ROW - BOX.height) / 2;
        const centre = y + BOX.height / 2;
        return side === 'suppliers'
          ? { name, x, y, from: [x + BOX.width, centre], to: [you.x - 6, height / 2] }
          : { name, x, y, from: [you.x + YOU.width, height / 2], to: [x - 6, centre] };
      }
      const x = (width - BOX.width) / 2;
      const y = side === 'suppliers' ? 34 + i * ROW : you.y + YOU.height + 62 + i * ROW;
      return side === 'suppliers'
        ? { name, x, y, from: [width / 2, you.y - 38], to: [width / 2, you.y - 6] }
        : { name, x, y, from: [width / 2, you.y + YOU.height], to: [width / 2, you.y + YOU.height + 28] };
    });
  const marker = `chain-arrow-${layout}`;
  const boxes = [...column(suppliers, 'suppliers'), ...column(customers, 'customers')];
  // In the narrow drawing one arrow each way is enough; every box sits in the column it joins.
  const arrows = wide ? boxes : boxes.filter((_, i) => i === 0 || i === suppliers.length);
  const headingY = (side: 'suppliers' | 'customers') => (wide ? 16 : side === 'suppliers' ? 20 : you.y + YOU.height + 52);
  const headingX = (side: 'suppliers' | 'customers') => (wide ? (side === 'suppliers' ? 10 + BOX.width / 2 : width - 10 - BOX.width / 2) : width / 2);

  return (
    <svg class={`chain-diagram chain-diagram-${layout}`} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={strings.diagram}>
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" />
        </marker>
      </defs>
      {(['suppliers', 'customers'] as const).map((side) => (
        <text key={side} class="chain-heading" x={headingX(side)} y={headingY(side)} text-anchor="middle">
          {side === 'suppliers' ? strings.suppliers : strings.customers}
        </text>
      ))}
      {arrows.map((b) => (
        <line key={`line-${b.name}-${b.y}`} x1={b.from[0]} y1={b.from[1]} x2={b.to[0]} y2={b.to[1]} marker-end={`url(#${marker})`} />
      ))}
      {boxes.map((b) => (
        <g key={`${b.name}-${b.y}`} class="chain-node">
          <NameBox {...b} />
        </g>
      ))}
      <g class="chain-you">
        <rect x={you.x} y={you.y} width={YOU.width} height={YOU.height} rx="22" />
        <text x={width / 2} y={you.y + YOU.height / 2} dominant-baseline="central" text-anchor="middle">
          {strings.you}
        </text>
      </g>
    </svg>
  );
}
