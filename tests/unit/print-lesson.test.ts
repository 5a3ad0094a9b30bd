import { describe, expect, it } from 'vitest';
import { isPrintShortcut } from '../../src/shell/print-lesson.ts';

const keys = (key: string, held: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...held,
});

describe('isPrintShortcut', () => {
  it('is Ctrl+P or ⌘P, with Caps Lock on or off', () => {
    expect(isPrintShortcut(keys('p', { ctrlKey: true }))).toBe(true);
    expect(isPrintShortcut(keys('P', { ctrlKey: true }))).toBe(true);
    expect(isPrintShortcut(keys('p', { metaKey: true }))).toBe(true);
  });

  it('is not P alone, nor P with Shift or Alt as well', () => {
    expect(isPrintShortcut(keys('p'))).toBe(false);
    expect(isPrintShortcut(keys('P', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPrintShortcut(keys('p', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPrintShortcut(keys('o', { ctrlKey: true }))).toBe(false);
  });
});
