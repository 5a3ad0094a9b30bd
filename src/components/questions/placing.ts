// Tap-to-place and drag-and-drop, as pure logic: which card is held, when a press becomes a
// drag, where an ordering item lands. No DOM here, so every rule has a unit test.
import { interpolate } from '../../i18n/plural.ts';

/** The card in hand (picked by a tap, or being dragged), or none. */
export type Held = string | undefined;

/** What a tap, a drop or a key did: the card now in hand, and a card placed if any. */
export interface Step {
  held: Held;
  placed?: { card: string; place: string };
  /** The card put back without being placed (tapped again, or Escape). */
  dropped?: string;
}

/** A tap on a card picks it up; a tap on the card in hand puts it back; a tap on another card swaps. */
export function tapCard(held: Held, card: string): Step {
  return held === card ? { held: undefined, dropped: card } : { held: card };
}

/** A tap (or a drop) on a place puts the card in hand there; with nothing in hand it does nothing. */
export function tapPlace(held: Held, place: string): Step {
  return held === undefined ? { held } : { held: undefined, placed: { card: held, place } };
}

/** Escape, a cancelled pointer or the "Put back" button. */
export function cancel(held: Held): Step {
  return held === undefined ? { held } : { held: undefined, dropped: held };
}

/**
 * Pixels a pointer must travel before a press is a drag and not a tap: enough to forgive a
 * finger that rolls as it taps, small enough that a drag feels immediate.
 */
export const DRAG_DISTANCE = 8;

export const isDrag = (from: { x: number; y: number }, to: { x: number; y: number }) => Math.hypot(to.x - from.x, to.y - from.y) >= DRAG_DISTANCE;

/** `order` with `id` taken out and put back at `index` (clamped to the list). */
export function moveTo(order: readonly string[], id: string, index: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const next = order.filter((other) => other !== id);
  next.splice(Math.max(0, Math.min(index, next.length)), 0, id);
  return next;
}

/**
 * An announcement that names cards and places ("{{item}}: placed in {{place}}."), without
 * their own full stops: a card written as a sentence would otherwise be read "…at work.: placed".
 */
export function announcement(template: string, values: Record<string, string | number>): string {
  const bare = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.replace(/\.+$/u, '') : value]));
  return interpolate(template, bare);
}

