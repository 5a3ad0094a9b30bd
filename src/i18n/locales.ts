// Safe in the browser: no i18next here.

const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The first wanted language the course has: an exact tag first (`pt-BR`), then a language
 * that shares the base (`pt-PT` → `pt-BR`, `cs-CZ` → `cs`). Case and `_` are forgiven,
 * because LMSs send `pt_br` and `PT-BR` too.
 */
export function matchLocale(
  wanted: ReadonlyArray<string | null | undefined>,
  available: readonly string[],
): string | undefined {
  for (const tag of wanted) {
    if (!tag) continue;
    const normal = tag.trim().replace('_', '-').toLowerCase();
    const exact = available.find((a) => a.toLowerCase() === normal);
    if (exact) return exact;
    const sameBase = available.find((a) => base(a) === base(normal));
    if (sameBase) return sameBase;
  }
  return undefined;
}

/** Where a missing string is looked up next: exact tag, base language, then the source. */
export function fallbackChain(locale: string, source: string): string[] {
  return [...new Set([locale, base(locale), source])].filter((l) => l !== '');
}
