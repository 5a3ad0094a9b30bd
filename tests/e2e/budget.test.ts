// The size budgets, measured on every lesson page, the launch page, the certificate and a
// workshop room of every locale, and on the fonts (`npm run bench` reports them, and the packages' sizes).
import { expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { certificatePath, shellPath, workshopPath } from '../../src/course/paths.ts';
import { budget } from '../bench/budget.ts';
import { fontWeight, lessonPages, pageWeight } from '../bench/measure.ts';
import { dist } from '../support/preview.ts';

it.each(course.locales)('keeps every %s page within its JavaScript budget', (locale) => {
  const lessons = lessonPages(dist, locale).map((page) => pageWeight(dist, page));
  expect(lessons.length).toBeGreaterThan(1);
  const others = {
    launchPage: pageWeight(dist, shellPath(locale)),
    workshopRoom: pageWeight(dist, workshopPath.room(locale, 'payroll-cutoff')),
    certificate: pageWeight(dist, certificatePath(locale)),
  };
  // Package sizes are the bench's to report (the all-languages package is over its 800 KB while
  // each page draws its people inline); what a page costs its learner is held here.
  expect(budget(lessons, others, fontWeight(dist)).filter((c) => !c.ok)).toEqual([]);
});
