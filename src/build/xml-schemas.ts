// Validates an XML document with xmllint against schemas for each of its namespaces. A root
// schema leaves foreign namespaces to `xs:any processContents="lax"`, which xmllint skips
// unless those namespaces are loaded too: a wrapper schema importing every namespace makes the
// check real. Used for SCORM manifests and for translators' XLIFF files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ValidationResult {
  valid: boolean;
  /** xmllint's own words, one line per error. */
  errors: string[];
}

/** A schema that imports each namespace from its schema file (absolute paths). */
export function wrapperSchema(namespaces: Record<string, string>): string {
  const imports = Object.entries(namespaces)
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:course:schema-wrapper">
${imports}
</xs:schema>
`;
}

/** `xml` checked against the schemas of `namespaces`; `name` is the file name errors mention. */
export function validateWithSchemas(xml: string, namespaces: Record<string, string>, name: string): ValidationResult {
  const dir = mkdtempSync(join(tmpdir(), 'xml-schemas-'));
  try {
    writeFileSync(join(dir, 'wrapper.xsd'), wrapperSchema(namespaces));
    writeFileSync(join(dir, name), xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'wrapper.xsd'), join(dir, name)], { stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
      return { valid: true, errors: [] };
    } catch (error) {
      const { stderr, code } = error as { stderr?: Buffer; code?: string };
      if (code === 'ENOENT') throw new Error('xmllint is not installed: on Debian/Ubuntu run `apt-get install libxml2-utils`');
      const lines = String(stderr ?? '').split('\n').filter((l) => l.trim() && !l.endsWith(' validates'));
      return { valid: false, errors: lines.map((l) => l.replace(`${dir}/`, '')) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
