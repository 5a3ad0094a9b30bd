// The room's choices as a table and as CSV, for the trainer to keep after the session.
import type { WorkshopCase } from '../schemas/workshop.ts';
import type { Session } from './session.ts';

export interface ResultRow {
  decision: number;
  prompt: string;
  option: number;
  text: string;
  votes: number;
}

export function resultRows(w: WorkshopCase, votes: Session['votes']): ResultRow[] {
  return w.steps.flatMap((step, d) =>
    step.options.map((option, o) => ({ decision: d + 1, prompt: step.prompt, option: o + 1, text: option.text, votes: votes[step.id]?.[option.id] ?? 0 })),
  );
}

/**
 * CSV as the locale's spreadsheet opens it: a comma where numbers use a decimal point, a
 * semicolon where they use a decimal comma; a byte-order mark so accents survive.
 */
export function toCsv(locale: string, header: string[], rows: Array<Array<string | number>>): string {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  const separator = decimal === ',' ? ';' : ',';
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}
