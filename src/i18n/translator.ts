// Build-time only: i18next resolves every UI string while pages render, so no page ships it.
import { createInstance } from 'i18next';
import { course } from '../course/config.ts';
import { fallbackChain } from './locales.ts';
import type { PluralForms } from './plural.ts';
import { resourcesFrom, translationProblems, type Strings } from './resources.ts';

const resources = resourcesFrom(
  import.meta.glob<Strings>('../../locales/*/*.json', { eager: true, import: 'default' }),
);

let warned = false;
function warnOnceAboutGaps(): void {
  if (warned) return;
  warned = true;
  for (const problem of translationProblems(resources, course.sourceLocale)) console.warn(`[i18n] ${problem}`);
}

export interface Translator {
  locale: string;
  t(key: string, vars?: Record<string, string | number>): string;
  /** The text with its `{{placeholders}}` left in, for values known only in the browser. */
  template(key: string): string;
  /** Every plural form of `key` this locale uses, for counts known only in the browser. */
  plural(key: string): PluralForms;
}

export function createTranslator(locale: string): Translator {
  warnOnceAboutGaps();
  const i18n = createInstance();
  void i18n.init({
    lng: locale,
    fallbackLng: fallbackChain(locale, course.sourceLocale).slice(1),
    resources,
    defaultNS: 'ui',
    keySeparator: false,
    nsSeparator: false,
    // Astro and Preact escape on output; escaping here too would show `&amp;`.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(key, vars ?? {});
  const template = (key: string) => i18n.t(key, { skipInterpolation: true });
  const plural = (key: string): PluralForms => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const other = template(`${key}_other`);
    return Object.fromEntries([
      ...categories.map((c) => [c, i18n.exists(`${key}_${c}`) ? template(`${key}_${c}`) : other]),
      ['other', other],
    ]) as PluralForms;
  };
  return { locale, t, template, plural };
}
