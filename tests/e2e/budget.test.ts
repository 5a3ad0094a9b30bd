// The size budgets, measured on the build (`npm run bench` prints the same numbers).
import { expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { lessonPath } from '../../src/course/paths.ts';
import { budget } from '../bench/budget.ts';
import { pageWeight } from '../bench/measure.ts';
import { dist } from '../support/preview.ts';

it('keeps lesson pages within their JavaScript budget', () => {
  const checks = budget(
    pageWeight(dist, lessonPath(course.sourceLocale, 'who-are-your-customers')),
    pageWeight(dist, lessonPath(course.sourceLocale, 'service-is-everyones-job')),
  );
  expect(checks.filter((c) => !c.ok)).toEqual([]);
});
