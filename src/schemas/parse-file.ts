import type { z } from 'astro/zod';

/** A content file read outside Astro's collections, checked against its schema: every bad field named. */
export function parseFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file} is invalid:\n  ${fields.join('\n  ')}`);
}
