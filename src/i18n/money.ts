// Money as each language writes it. Safe in the browser and at build time.

/**
 * `value` in `currency`, whole units, as `Intl` writes it for `locale`. A bare "$" could be
 * any dollar for a reader outside the US, so US dollars always say "US$".
 */
export function formatMoney(locale: string, value: number, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })
    .formatToParts(value)
    .map((part) => (part.type === 'currency' && part.value === '$' && currency === 'USD' ? 'US$' : part.value))
    .join('');
}

// A number of dollars with the currency before or after it: "US$125,000", "125 000 US$", "125.000 USD".
const DOLLARS = /(US\$|USD|\$)?[\s\u00a0]?(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d{4,})(?![\d.,]\d)(?:[\s\u00a0]?(US\$|USD|\$))?/g;

/**
 * Amounts of US dollars in `text` that are not written as `formatMoney` writes them for
 * `locale`, each with the form it should take.
 */
export function misformattedDollars(locale: string, text: string): Array<{ found: string; expected: string }> {
  const problems: Array<{ found: string; expected: string }> = [];
  for (const match of text.matchAll(DOLLARS)) {
    const [found, before, digits = '', after] = match;
    if (!before && !after) continue;
    const expected = formatMoney(locale, Number(digits.replace(/\D/g, '')), 'USD');
    if (found.trim() !== expected) problems.push({ found: found.trim(), expected });
  }
  return problems;
}
