// Which of the font's files a page's text calls for. The browser fetches a file of the family
// only for a character in its unicode-range, and lays the text out again when it arrives: a
// page that preloads exactly the files its text needs lays its text out once.

/** Code point ranges, as a CSS unicode-range gives them. */
export type CodeRanges = ReadonlyArray<readonly [number, number]>;

/** Reads a CSS unicode-range such as "U+0000-00FF, U+0131". */
export function parseUnicodeRange(value: string): CodeRanges {
  return value.split(',').map((part) => {
    const match = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part.trim());
    if (!match) throw new Error(`Not a unicode-range this build reads: "${part.trim()}"`);
    const from = Number.parseInt(match[1]!, 16);
    return [from, match[2] ? Number.parseInt(match[2], 16) : from] as const;
  });
}

/** The text a page shows: its markup without scripts, styles, templates and tags. */
export function shownText(html: string): string {
  return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

/** The subsets (by name) whose range holds at least one character of the text, in the order given. */
export function subsetsFor(text: string, ranges: Readonly<Record<string, string>>): string[] {
  const codes = [...new Set(Array.from(text, (character) => character.codePointAt(0)!))];
  const holds = (spans: CodeRanges) => codes.some((code) => spans.some(([from, to]) => code >= from && code <= to));
  return Object.entries(ranges)
    .filter(([, range]) => holds(parseUnicodeRange(range)))
    .map(([subset]) => subset);
}
