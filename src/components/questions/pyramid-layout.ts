// The pyramid drawing's geometry, and how a label is broken into lines so it stays inside its
// band: role names run from "Top" to "Amministratore delegato e presidente", and any role may be
// put in any band, the narrowest included. Pure: the drawing measures text with the browser.

export type Shape = 'traditional' | 'inverted';

/** The drawing's frame, in its own units (the viewBox). */
export const FRAME = { width: 320, height: 240 };
/** The vertical axis every band and label is centred on. */
export const MID = FRAME.width / 2;
/** Half the widest band. */
const HALF = 150;
/** Half the narrow end: cut flat, so the narrowest band still holds a name of three short lines. */
const TIP = 56;
/** Label type: size and line distance, in drawing units (pyramid.css sets the same size). */
export const LABEL = { size: 13, lineHeight: 14.5, minSize: 10.5 };
/** Room kept free between a label and its band's slanted sides. */
const PAD = 6;

export interface Band {
  top: number;
  bottom: number;
  /** Half the band's width at a height `y`. */
  halfAt(y: number): number;
}

/** A band's outline, as the points of an SVG polygon. */
export function outline({ top, bottom, halfAt }: Band): string {
  return [
    [MID - halfAt(top), top],
    [MID + halfAt(top), top],
    [MID + halfAt(bottom), bottom],
    [MID - halfAt(bottom), bottom],
  ]
    .map(([x, y]) => `${x!.toFixed(1)},${y}`)
    .join(' ');
}

/**
 * The bands from the top. The traditional pyramid stands on its base, the last level being the
 * ground outside it (drawn apart); the inverted one stands on its point.
 */
export function bandsOf(shape: Shape, levels: number): Band[] {
  const top = 10;
  const end = shape === 'traditional' ? 190 : 230;
  const step = (end - top) / levels;
  // Widening downwards (traditional) or narrowing (inverted), from the tip's half to HALF.
  const halfAt = (y: number) => {
    const along = (y - top) / (end - top);
    return TIP + (HALF - TIP) * (shape === 'traditional' ? along : 1 - along);
  };
  return Array.from({ length: levels }, (_, i) => ({ top: top + i * step, bottom: top + (i + 1) * step, halfAt }));
}

/** The ground of the traditional chart, where those outside the pyramid stand: a pill as wide as the base. */
export const GROUND: Band & { half: number } = { top: 202, bottom: 236, half: HALF, halfAt: () => HALF - 17 };

export interface FittedLabel {
  lines: string[];
  /** Type size in drawing units: LABEL.size unless even three lines are too wide. */
  size: number;
  /** The vertical centre of each line. */
  centres: number[];
}

/** Every way to break `words` into `count` lines, each line a run of words in order. */
function breaks(words: string[], count: number): string[][] {
  if (count === 1) return [[words.join(' ')]];
  const found: string[][] = [];
  for (let at = 1; at <= words.length - count + 1; at++)
    for (const rest of breaks(words.slice(at), count - 1)) found.push([words.slice(0, at).join(' '), ...rest]);
  return found;
}

/** A line ending in a one-letter word ("a", "e", "y"…): Czech typography forbids it, and it reads badly in any language. */
const dangles = (lines: string[]) => lines.slice(0, -1).filter((line) => /(^|\s)\S$/u.test(line)).length;

/**
 * The fewest lines (at most three) that fit the band, centred in it; of the ways to break into
 * that many, one that leaves no one-letter word at a line's end, then the narrowest. `measure`
 * gives a line's width at LABEL.size.
 */
export function fitLabel(text: string, band: Band, measure: (line: string) => number): FittedLabel {
  // Broken at spaces only: a no-break space (Czech puts one after "a", "v", "s"…) holds.
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const middle = (band.top + band.bottom) / 2;
  const layout = (lines: string[], size: number) => {
    const lineHeight = (LABEL.lineHeight * size) / LABEL.size;
    const first = middle - ((lines.length - 1) * lineHeight) / 2;
    return { lines, size, centres: lines.map((_, i) => first + i * lineHeight) };
  };
  // The room a block of lines has: the band's width at the block's narrower edge.
  const room = (count: number) => {
    const half = (count * LABEL.lineHeight) / 2;
    return 2 * Math.min(band.halfAt(middle - half), band.halfAt(middle + half)) - 2 * PAD;
  };
  // Each line is measured once: the candidates share lines, and a measure is a layout in the browser.
  const widths = new Map<string, number>();
  const width = (line: string) => widths.get(line) ?? widths.set(line, measure(line)).get(line)!;
  const widest = (lines: string[]) => Math.max(...lines.map(width));
  const better = (a: string[], b: string[]) => dangles(a) - dangles(b) || widest(a) - widest(b);
  let narrowest: string[] = [text];
  for (let count = 1; count <= Math.min(3, words.length); count++) {
    const ways = breaks(words, count);
    const fitting = ways.filter((lines) => widest(lines) <= room(count)).sort(better);
    if (fitting[0]) return layout(fitting[0], LABEL.size);
    narrowest = ways.reduce((a, b) => (widest(b) < widest(a) ? b : a));
  }
  // Still too wide: the narrowest lines, smaller.
  const size = Math.max(LABEL.minSize, (LABEL.size * room(narrowest.length)) / widest(narrowest));
  return layout(narrowest, size);
}
