// A locale's UI strings as translators wrote them (locales/<locale>/ui.json), for tests that
// check what the learner reads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const uiStrings = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${locale}/ui.json`), 'utf8'));
