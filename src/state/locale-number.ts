// Numbers typed the way the learner's language writes them: "1.234,5" in Spanish,
// "1 234,5" in Czech, "1,234.5" in English. Safe in the browser.

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The number in `text`, or undefined if it is not one. Group separators must group by
 * thousands ("1.5" is never 15); spaces are ignored, since Czech groups with a space.
 */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const { group, decimal } = separators(locale);
  const typed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const groupChar = /\s/.test(group) ? '' : escape(group);
  const d = escape(decimal);
  const grouped = groupChar ? new RegExp(`^([-+]?)(\\d{1,3}(?:${groupChar}\\d{3})+|\\d+)(?:${d}(\\d+))?$`) : undefined;
  const plain = new RegExp(`^([-+]?)(\\d+)(?:${d}(\\d+))?$`);
  const match = grouped?.exec(typed) ?? plain.exec(typed);
  if (match) {
    const [, sign = '', whole = '', fraction] = match;
    return Number(`${sign}${whole.split(group).join('')}${fraction ? `.${fraction}` : ''}`);
  }
  // A point typed on an English keyboard, in a language that writes a decimal comma.
  if (decimal !== '.' && /^[-+]?\d+\.\d+$/.test(typed) && !(group === '.' && /^[-+]?\d{1,3}\.\d{3}$/.test(typed))) {
    return Number(typed);
  }
  return undefined;
}
