// The xliff package ships no types: what the round-trip test reads of it.
declare module 'xliff' {
  /** An inline code as the package gives it: `{ Standalone: {…} }`, `{ Span: { contents } }`. */
  type Inline = string | Record<string, { id?: string; contents?: unknown }>;
  interface Unit {
    source: Inline | Inline[];
    target?: Inline | Inline[];
    note?: string | string[];
  }
  export function xliff2js(xml: string): Promise<{
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, Unit>>;
  }>;
}
