// How a label is broken into lines to keep inside its band of the pyramid drawing.
import { describe, expect, it } from 'vitest';
import { bandsOf, fitLabel, LABEL, type Band } from '../../src/components/questions/pyramid-layout.ts';

/** A font where every character is 7 units wide. */
const measure = (line: string) => line.length * 7;
/** A band of even width `width` (plus the padding the layout keeps), 60 units tall. */
const straight = (width: number): Band => ({ top: 0, bottom: 60, halfAt: () => width / 2 + 6 });

describe('a pyramid label', () => {
  it('stays on one line when it fits, centred in its band', () => {
    expect(fitLabel('Customers', straight(100), measure)).toEqual({ lines: ['Customers'], size: LABEL.size, centres: [30] });
  });

  it('breaks into the fewest lines that fit, the most even way', () => {
    // 36 characters: 252 units on one line; on two, 147 at best; on three, 98.
    const text = 'Amministratore delegato e presidente';
    expect(fitLabel(text, straight(170), measure).lines).toEqual(['Amministratore', 'delegato e presidente']);
    const three = fitLabel(text, straight(100), measure);
    expect(three.lines).toEqual(['Amministratore', 'delegato', 'e presidente']);
    expect(three.size).toBe(LABEL.size);
    // Centred as a block: the middle line on the band's middle.
    expect(three.centres[1]).toBe(30);
    expect(three.centres[2]! - three.centres[1]!).toBe(LABEL.lineHeight);
  });

  it('leaves no one-letter word at the end of a line, where another break fits as well', () => {
    // "Vedení s" over "podřízenými" would be narrower (77 against 91); a Czech reader would see the "s" dangle.
    expect(fitLabel('Vedení s podřízenými', straight(100), measure).lines).toEqual(['Vedení', 's podřízenými']);
  });

  it('never breaks at a no-break space', () => {
    expect(fitLabel('Generální ředitel a\u00a0prezident', straight(140), measure).lines).toEqual(['Generální ředitel', 'a\u00a0prezident']);
    expect(fitLabel('Generální ředitel\u00a0a\u00a0prezident', straight(140), measure).lines).toEqual(['Generální', 'ředitel\u00a0a\u00a0prezident']);
  });

  it('measures where the band is narrowest: a block of lines is as wide as its narrower edge allows', () => {
    const narrowing: Band = { top: 0, bottom: 60, halfAt: (y) => 100 - y };
    // At the middle the band is 140 wide; a line's lower edge, 7.25 below it, leaves 2 × 62.75 − 12 = 113.5.
    expect(fitLabel('Sixteen letters!', narrowing, measure).lines).toHaveLength(1);
    expect(fitLabel('Seventeen letters', narrowing, measure).lines).toEqual(['Seventeen', 'letters']);
  });

  it('is set smaller only when even three lines are too wide, and never below the smallest size', () => {
    const tight = fitLabel('Extraordinarily', straight(90), measure);
    expect(tight.lines).toEqual(['Extraordinarily']);
    expect(tight.size).toBeCloseTo((LABEL.size * 90) / 105);
    expect(fitLabel('Extraordinarily', straight(10), measure).size).toBe(LABEL.minSize);
  });
});

describe('the pyramid drawing', () => {
  it('stacks its bands without gaps, wide at the base of the traditional chart and at the top of the inverted one', () => {
    for (const shape of ['traditional', 'inverted'] as const) {
      const bands = bandsOf(shape, 3);
      for (const [i, band] of bands.slice(1).entries()) expect(band.top).toBe(bands[i]!.bottom);
      const [first, last] = [bands[0]!, bands.at(-1)!];
      const widening = last.halfAt(last.bottom) > first.halfAt(first.top);
      expect(widening).toBe(shape === 'traditional');
    }
  });
});
