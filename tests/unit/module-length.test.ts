// "5 to 10 minutes of reading and doing" is a promise about the content, not only about the
// `duration` a lesson declares: estimate each module's time from its words and activities and
// hold the declared figure to it. A module cut to a few paragraphs fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { wordsIn } from '../../src/schemas/word-fields.ts';

/** Careful reading of learning material, slower than skimming. */
const WORDS_PER_MINUTE = 150;
/** Thinking, answering and reading the feedback, on top of the activity's own words. */
const MINUTES_PER_ACTIVITY = 1;
/** How far the declared duration may sit from the estimate. */
const TOLERANCE = 2.5;

const root = join(import.meta.dirname, '../../content');
const wordCount = (text: string) => text.match(/\p{L}+(?:['’-]\p{L}+)*|\p{N}+/gu)?.length ?? 0;

function estimate(source: string) {
  const [, frontmatter = '', body = ''] = source.split(/^---$/m);
  const activities = [...body.matchAll(/<(Question|Scenario|ServiceChain)\b(?:[^>]*\bid="([^"]+)")?/g)];
  const activityWords = activities
    .filter(([, , id]) => id)
    .map(([, component, id]) => {
      const folder = component === 'Question' ? 'questions' : 'scenarios';
      return wordCount(wordsIn(JSON.parse(readFileSync(join(root, folder, course.sourceLocale, `${id}.json`), 'utf8'))).join(' '));
    })
    .reduce((sum, n) => sum + n, 0);
  const proseWords = wordCount(body.replace(/<[^>]*>/g, ' '));
  return {
    declared: Number(/^duration:\s*(\d+)/m.exec(frontmatter)?.[1]),
    isModule: /^module:/m.test(frontmatter),
    minutes: (proseWords + activityWords) / WORDS_PER_MINUTE + activities.length * MINUTES_PER_ACTIVITY,
  };
}

// Estimated on the source language: every locale declares the same duration (the build checks).
const lessons = readdirSync(join(root, 'lessons', course.sourceLocale)).map((name) => ({
  name,
  ...estimate(readFileSync(join(root, 'lessons', course.sourceLocale, name), 'utf8')),
}));

describe('module length', () => {
  it.each(lessons.filter((l) => l.isModule))('$name: 5–10 minutes of reading and doing, close to its declared duration', (lesson) => {
    const summary = `estimated ${lesson.minutes.toFixed(1)} min, declares ${lesson.declared}`;
    expect(lesson.minutes, summary).toBeGreaterThanOrEqual(5);
    expect(lesson.minutes, summary).toBeLessThanOrEqual(10);
    expect(Math.abs(lesson.minutes - lesson.declared), summary).toBeLessThanOrEqual(TOLERANCE);
  });
});
