// Tap-to-place and drag-and-drop rules, shared by the ordering, classification, matching and pyramid activities.
import { describe, expect, it } from 'vitest';
import { announcement, cancel, DRAG_DISTANCE, isDrag, moveTo, tapCard, tapPlace } from '../../src/components/questions/placing.ts';

describe('tap to place', () => {
  it('picks a card with a tap, places it with a tap on a place, and then holds nothing', () => {
    const picked = tapCard(undefined, 'sales');
    expect(picked).toEqual({ held: 'sales' });
    expect(tapPlace(picked.held, 'internal')).toEqual({ held: undefined, placed: { card: 'sales', place: 'internal' } });
  });

  it('puts a card back when it is tapped again, and takes another card when that one is tapped', () => {
    expect(tapCard('sales', 'sales')).toEqual({ held: undefined, dropped: 'sales' });
    expect(tapCard('sales', 'fridge')).toEqual({ held: 'fridge' });
  });

  it('does nothing on a place with nothing in hand, and cancels only what is held', () => {
    expect(tapPlace(undefined, 'internal')).toEqual({ held: undefined });
    expect(cancel('sales')).toEqual({ held: undefined, dropped: 'sales' });
    expect(cancel(undefined)).toEqual({ held: undefined });
  });
});

describe('drag', () => {
  it('starts once the pointer has travelled far enough, in any direction', () => {
    const from = { x: 100, y: 100 };
    expect(isDrag(from, { x: 100 + DRAG_DISTANCE - 1, y: 100 })).toBe(false);
    expect(isDrag(from, { x: 100, y: 100 - DRAG_DISTANCE })).toBe(true);
    expect(isDrag(from, { x: 106, y: 106 })).toBe(true);
  });
});

describe('moveTo', () => {
  it('moves an item up or down to the index it is dropped on', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps within the list and leaves it alone for an unknown item', () => {
    expect(moveTo(['a', 'b', 'c'], 'a', 9)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 'c', -3)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b'], 'z', 0)).toEqual(['a', 'b']);
  });
});

describe('announcement', () => {
  it('names a card written as a sentence without its full stop before the colon', () => {
    expect(announcement('{{item}}: placed in {{place}}.', { item: 'A colleague who asks for help at work.', place: 'Internal.' })).toBe('A colleague who asks for help at work: placed in Internal.');
    expect(announcement('{{item}}: now in position {{position}} of {{total}}.', { item: 'Payroll', position: 2, total: 5 })).toBe('Payroll: now in position 2 of 5.');
  });
});
