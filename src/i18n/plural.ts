// Safe in the browser: plurals for counts known only at run time, without i18next.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Replaces `{{name}}` placeholders; unknown names stay visible so they are noticed. */
export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * Picks the form CLDR asks for (Czech: one/few/many/other) and formats numbers for the locale,
 * with Intl unless the caller has a cheaper way (`formatNumber`: the launch page's, see whole-numbers.ts).
 */
export function formatPlural(
  locale: string,
  forms: PluralForms,
  count: number,
  vars: Record<string, string | number> = {},
  formatNumber: (n: number) => string = (n) => new Intl.NumberFormat(locale).format(n),
): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  const formatted = Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v) : v]),
  );
  return interpolate(form, { ...formatted, count: formatNumber(count) });
}
