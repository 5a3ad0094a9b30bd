// The size budgets, measured on every lesson page of every locale (`npm run bench` reports them).
import { expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { budget } from '../bench/budget.ts';
import { lessonPages, pageWeight } from '../bench/measure.ts';
import { dist } from '../support/preview.ts';

it.each(course.locales)('keeps every %s lesson page within its JavaScript budget', (locale) => {
  const lessons = lessonPages(dist, locale).map((page) => pageWeight(dist, page));
  expect(lessons.length).toBeGreaterThan(1);
  expect(budget(lessons).filter((c) => !c.ok)).toEqual([]);
});
