// Which files go into which package. Pure, so the rules are easy to test.
import type { ScormEdition } from './manifest.ts';

export interface PackagePlan {
  /** `<course>-<locale|all>-<edition>.zip` */
  name: string;
  edition: ScormEdition;
  /** Undefined for the multi-language package. */
  locale?: string;
  launch: string;
  files: string[];
}

export const EDITIONS: readonly ScormEdition[] = ['scorm12', 'scorm2004'];

const SHELL_PAGE = /^(index|start-[^/]+)\.html$/;

/**
 * A single-language package holds its own launch page and lesson folder; the multi-language
 * one holds `index.html` and every lesson folder. Both hold the shared assets. Languages built
 * but `unpackaged` (the pseudo-locale) go in none.
 */
export function planPackages(
  courseId: string,
  locales: readonly string[],
  builtFiles: readonly string[],
  launchPage: (locale?: string) => string,
  unpackaged: readonly string[] = [],
): PackagePlan[] {
  const localeOf = (file: string) => locales.find((l) => file.startsWith(`${l}/`));
  const filesFor = (locale?: string) =>
    builtFiles
      .filter((file) => {
        if (SHELL_PAGE.test(file)) return file === launchPage(locale);
        if (unpackaged.some((l) => file.startsWith(`${l}/`))) return false;
        const owner = localeOf(file);
        return owner === undefined || locale === undefined || owner === locale;
      })
      .sort();

  return [undefined, ...locales].flatMap((locale) =>
    EDITIONS.map((edition) => ({
      name: `${courseId}-${locale ?? 'all'}-${edition}.zip`,
      edition,
      locale,
      launch: launchPage(locale),
      files: filesFor(locale),
    })),
  );
}
