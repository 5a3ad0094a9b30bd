// Build-time only: reads every `locales/<locale>/<namespace>.json`.
import { isUntranslated } from '../course/untranslated.ts';

export type Strings = Record<string, string>;
/** locale → namespace → key → text */
export type Resources = Record<string, Record<string, Strings>>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Turns `{ '../../locales/cs/ui.json': {...} }` into `{ cs: { ui: {...} } }`. */
export function resourcesFrom(files: Record<string, Strings>): Resources {
  const resources: Resources = {};
  for (const [path, strings] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale = '', namespace = ''] = match;
    (resources[locale] ??= {})[namespace] = strings;
  }
  return resources;
}

/** The keys a locale needs: the source's keys, with each plural expanded to that locale's forms. */
function requiredKeys(sourceKeys: string[], locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of sourceKeys) {
    if (PLURAL_SUFFIX.test(key)) {
      const stem = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) keys.add(`${stem}_${category}`);
    } else {
      keys.add(key);
    }
  }
  return keys;
}

/** One line per missing, empty, untranslated or unknown key, naming the file: for the build log and the tests. */
export function translationProblems(resources: Resources, source: string): string[] {
  const problems: string[] = [];
  const original = resources[source] ?? {};
  for (const [locale, namespaces] of Object.entries(resources)) {
    if (locale === source) continue;
    for (const [namespace, sourceStrings] of Object.entries(original)) {
      const file = `locales/${locale}/${namespace}.json`;
      const strings = namespaces[namespace];
      if (!strings) {
        problems.push(`${file} is missing: ${locale} falls back to ${source} for every ${namespace} string`);
        continue;
      }
      const required = requiredKeys(Object.keys(sourceStrings), locale);
      for (const key of required) {
        if (!strings[key]?.trim()) problems.push(`${file} lacks "${key}": ${source} text is shown instead`);
        else if (isUntranslated(sourceStrings[key] ?? '', strings[key])) problems.push(`${file}: "${key}" is still the ${source} text`);
      }
      for (const key of Object.keys(strings)) {
        if (!required.has(key)) problems.push(`${file} has "${key}", which ${source} does not have`);
      }
    }
  }
  return problems;
}
