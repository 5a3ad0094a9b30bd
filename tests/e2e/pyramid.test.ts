// The pyramid on the narrowest screen (320 px), in every language: every role name fits inside
// every band it can be put in, marks included, at a readable size; and the drawing stays inside
// its own box while it turns, off the text around it.
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { builtLocales } from '../../src/course/config.ts';
import { LABEL } from '../../src/components/questions/pyramid-layout.ts';
import { islandsReady, newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const browser = sharedBrowser();

/** Each label that does not keep inside its band, as "label: why". */
function labelsOutsideTheirBands(page: Page): Promise<string[]> {
  return page.locator('.pyramid-figure svg').evaluate((svg: SVGSVGElement, minSize: number) => {
    const problems: string[] = [];
    for (const group of svg.querySelectorAll('g')) {
      const text = group.querySelector('text')!;
      const box = text.getBBox();
      const shape = group.querySelector('polygon, rect') as SVGGeometryElement;
      // The band's left and right edge at a height y: a trapezoid's, or a pill's straight part.
      let edges: (y: number) => [number, number];
      let top: number;
      let bottom: number;
      if (shape instanceof SVGPolygonElement) {
        const [a, b, c, d] = [...shape.points];
        top = a!.y;
        bottom = c!.y;
        const along = (y: number) => (y - top) / (bottom - top);
        edges = (y) => [a!.x + (d!.x - a!.x) * along(y), b!.x + (c!.x - b!.x) * along(y)];
      } else {
        const pill = shape as SVGRectElement;
        const r = pill.rx.baseVal.value;
        top = pill.y.baseVal.value;
        bottom = top + pill.height.baseVal.value;
        edges = () => [pill.x.baseVal.value + r, pill.x.baseVal.value + pill.width.baseVal.value - r];
      }
      const name = [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
      const size = parseFloat(getComputedStyle(text).fontSize);
      if (size < minSize) problems.push(`${name}: type ${size} units`);
      if (box.y < top || box.y + box.height > bottom) problems.push(`${name}: above or below its band`);
      for (const y of [box.y, box.y + box.height]) {
        const [left, right] = edges(Math.min(Math.max(y, top), bottom));
        if (box.x < left || box.x + box.width > right) problems.push(`${name}: wider than its band (${Math.round(box.width)} in ${Math.round(right - left)})`);
      }
    }
    return problems;
  }, LABEL.minSize);
}

/**
 * Puts role `roles[i]` in level i through the levels' drop-downs, all in one go (the keyboard
 * and pointer tests drive them one by one), and waits until the drawing shows them.
 */
function placeAll(page: Page, roles: string[]): Promise<void> {
  return page.locator('.pyramid').evaluate(async (pyramid, ids) => {
    const selects = [...pyramid.querySelectorAll('select')];
    selects.forEach((select, i) => {
      select.value = ids[i]!;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const shown = () => selects.every((select, i) => select.value === ids[i]);
    while (!shown()) await new Promise((done) => requestAnimationFrame(done));
    // The drawing is drawn in the same render; its labels are fitted before the next paint.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  }, roles);
}

describe.concurrent.each([...builtLocales])('the pyramid at 320 px, in %s', (locale) => {
  it('keeps every role inside every band, and turns inside its own box', async ({ expect }) => {
    const context = await newContext(browser(), { viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/inverted-pyramid.html`);
    await islandsReady(page);
    const levels = page.locator('.pyramid select');
    const roles = await levels.first().locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const problems: string[] = [];
    /** Every role in every band: as many rounds as roles, each moving them all one band down. */
    const everyRoleEverywhere = async (shape: string) => {
      for (let round = 0; round < roles.length; round++) {
        await placeAll(page, roles.map((_, level) => roles[(level + round) % roles.length]!));
        problems.push(...(await labelsOutsideTheirBands(page)).map((p) => `${shape}, round ${round + 1}: ${p}`));
      }
    };
    const check = () => page.locator('form.question:has(.pyramid) button[type="submit"]').click();

    await everyRoleEverywhere('traditional');
    // Right, and checked: each label now carries its mark.
    await placeAll(page, roles);
    await check();
    await page.locator('.pyramid-turn').waitFor();
    problems.push(...(await labelsOutsideTheirBands(page)).map((p) => `traditional, checked: ${p}`));

    // The turn: sampled every frame, the drawing never leaves the box it has at rest.
    const drawing = page.locator('.pyramid-figure svg');
    const atRest = await drawing.evaluate((svg) => {
      const { x, y, width, height } = svg.getBoundingClientRect();
      return { left: x + scrollX, top: y + scrollY, right: x + width + scrollX, bottom: y + height + scrollY };
    });
    const sampling = drawing.evaluate(
      (svg) =>
        new Promise<Array<{ left: number; top: number; right: number; bottom: number }>>((done) => {
          const boxes: Array<{ left: number; top: number; right: number; bottom: number }> = [];
          let started = false;
          const give = setTimeout(() => done(boxes), 5000);
          const sample = () => {
            const turning = svg.closest('[data-turning]') !== null;
            if (turning) {
              started = true;
              const { x, y, width, height } = svg.getBoundingClientRect();
              boxes.push({ left: x + scrollX, top: y + scrollY, right: x + width + scrollX, bottom: y + height + scrollY });
            }
            if (started && !turning) {
              clearTimeout(give);
              done(boxes);
            } else requestAnimationFrame(sample);
          };
          requestAnimationFrame(sample);
        }),
    );
    await page.locator('.pyramid-turn').click();
    const boxes = await sampling;
    expect(boxes.length).toBeGreaterThan(10);
    const outside = boxes.filter((box) => box.left < atRest.left - 1 || box.right > atRest.right + 1 || box.top < atRest.top - 1 || box.bottom > atRest.bottom + 1);
    expect(outside).toEqual([]);

    await page.locator('.pyramid[data-shape="inverted"]').waitFor();
    await everyRoleEverywhere('inverted');
    // Wrong, and checked: crosses on the labels.
    await check();
    await page.locator('form.question:has(.pyramid) .question-feedback').waitFor();
    problems.push(...(await labelsOutsideTheirBands(page)).map((p) => `inverted, checked: ${p}`));
    expect(problems).toEqual([]);
    await context.close();
  });
});
