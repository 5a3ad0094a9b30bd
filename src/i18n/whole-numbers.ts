// Whole numbers and percentages on the launch page without Intl.NumberFormat at start-up: a
// page's first number formatter loads the browser's number data, 50–100 ms of main thread on
// a laptop and four times that on a phone, before the learner sees the lesson. How each
// language writes them is read from Intl at build, where it costs nothing, and kept in the
// course map. Safe in the browser and at build time.

export interface WholeNumberStyle {
  /** Whether the language writes 0 to 999 as plain ASCII digits, as every course language does. */
  plainDigits: boolean;
  /** A percentage with `{{n}}` for the number: "{{n}}%", "{{n}} %" (with a no-break space). */
  percent: string;
}

/** Values that show how a language writes small whole numbers. */
const SAMPLES = [0, 7, 42, 100, 999];

/** At build: how `locale` writes small whole numbers and percentages. */
export function wholeNumberStyle(locale: string): WholeNumberStyle {
  const number = new Intl.NumberFormat(locale);
  const plainDigits = SAMPLES.every((n) => number.format(n) === String(n));
  const parts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.42);
  return { plainDigits, percent: parts.map((part) => (part.type === 'integer' ? '{{n}}' : part.value)).join('') };
}

/** A whole number from 0 to 999 as `locale` writes it; Intl for anything else. */
export function formatWhole(locale: string, style: WholeNumberStyle, n: number): string {
  return style.plainDigits && Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : new Intl.NumberFormat(locale).format(n);
}

/**
 * A share from 0 to 1 as a whole percentage, rounded as Intl rounds it: half up, on the decimal
 * the share stands for (0.145 is 15 %, though 0.145 × 100 is 14.4999… in floating point).
 */
export function formatPercent(locale: string, style: WholeNumberStyle, share: number): string {
  return style.plainDigits && share >= 0 && share <= 1
    ? style.percent.replace('{{n}}', String(Math.round(Number((share * 100).toPrecision(12)))))
    : new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
}
