// The text of one translation unit: words, with the markup inside them held as codes that a
// translator's tool protects (XLIFF 2.0 inline codes). `ph` stands alone (a component, a
// placeholder); `pc` wraps words (emphasis, a link). The data is the markup as written.

export type Code =
  | { kind: 'ph'; id: string; data: string }
  | { kind: 'pc'; id: string; start: string; end: string; content: Inline[] };
export type Inline = string | Code;

/**
 * Runs of white space, line breaks included, read as one space: how HTML shows prose. Only
 * spaces, tabs and line breaks: a no-break space is a character the writer chose.
 */
export const squeeze = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

/** Adjacent strings joined and white space squeezed; leading and trailing space dropped at the outer level. */
export function normalise(content: readonly Inline[], outer = true): Inline[] {
  const out: Inline[] = [];
  for (const part of content) {
    const item = typeof part === 'string' ? squeeze(part) : part.kind === 'pc' ? { ...part, content: normalise(part.content, false) } : { ...part, data: squeeze(part.data) };
    const last = out.at(-1);
    if (typeof item === 'string' && typeof last === 'string') out[out.length - 1] = squeeze(last + item);
    else if (item !== '') out.push(item);
  }
  if (outer) {
    if (typeof out[0] === 'string') out[0] = out[0].replace(/^ /, '');
    const end = out.length - 1;
    if (typeof out[end] === 'string') out[end] = out[end].replace(/ $/, '');
  }
  return out.filter((part) => part !== '');
}

/** The codes of a text, nested ones included, in reading order. */
export function codesOf(content: readonly Inline[]): Code[] {
  return content.flatMap((part) => (typeof part === 'string' ? [] : [part, ...(part.kind === 'pc' ? codesOf(part.content) : [])]));
}

/** The words alone, codes left out: for notes, lengths and term lookups. */
export function plainText(content: readonly Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.kind === 'pc' ? plainText(part.content) : '')).join('');
}

/** The text with its markup back in place: what goes into the content file. */
export function toMarkup(content: readonly Inline[], escape: (text: string) => string = (t) => t): string {
  return content.map((part) => (typeof part === 'string' ? escape(part) : part.kind === 'ph' ? part.data : part.start + toMarkup(part.content, escape) + part.end)).join('');
}

/** The text without code ids, white space squeezed everywhere: what two equal texts share. */
function canonical(content: readonly Inline[]): unknown[] {
  return normalise(content).map((part) =>
    typeof part === 'string' ? part : part.kind === 'ph' ? ['ph', squeeze(part.data)] : ['pc', squeeze(part.start), squeeze(part.end), canonical(part.content)],
  );
}

/** One string for comparing and hashing: equal texts give equal keys, line breaks, code ids and spacing inside codes aside. */
export const keyOf = (content: readonly Inline[]) => JSON.stringify(canonical(content));

/** Numbers the codes of a text 1, 2, 3… in reading order, as XLIFF wants ids unique in a unit. */
export function numberCodes(content: readonly Inline[], next = { n: 1 }): Inline[] {
  return content.map((part) => {
    if (typeof part === 'string') return part;
    const id = String(next.n++);
    return part.kind === 'ph' ? { ...part, id } : { ...part, id, content: numberCodes(part.content, next) };
  });
}
