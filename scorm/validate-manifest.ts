// Validates a manifest against the ADL/IMS schemas with xmllint. The manifest's root schema
// leaves the adlcp/imsss elements to `xs:any`, which xmllint skips unless those namespaces are
// loaded too: a wrapper schema importing every namespace makes the check real.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScormEdition } from './manifest.ts';

export const schemaDir = (edition: ScormEdition) => resolve(import.meta.dirname, 'xsd', edition);

const NAMESPACES: Record<ScormEdition, Record<string, string>> = {
  scorm12: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
  },
  scorm2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

export function wrapperSchema(edition: ScormEdition): string {
  const imports = Object.entries(NAMESPACES[edition])
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${join(schemaDir(edition), file)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:course:manifest-wrapper">
${imports}
</xs:schema>
`;
}

export interface ValidationResult {
  valid: boolean;
  /** xmllint's own words, one line per error. */
  errors: string[];
}

export function validateManifest(xml: string, edition: ScormEdition): ValidationResult {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    writeFileSync(join(dir, 'wrapper.xsd'), wrapperSchema(edition));
    writeFileSync(join(dir, 'imsmanifest.xml'), xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'wrapper.xsd'), join(dir, 'imsmanifest.xml')], {
        stdio: 'pipe',
      });
      return { valid: true, errors: [] };
    } catch (error) {
      const { stderr, code } = error as { stderr?: Buffer; code?: string };
      if (code === 'ENOENT') {
        throw new Error('xmllint is not installed: on Debian/Ubuntu run `apt-get install libxml2-utils`');
      }
      const lines = String(stderr ?? '').split('\n').filter((l) => l.trim() && !l.endsWith(' validates'));
      return { valid: false, errors: lines.map((l) => l.replace(`${dir}/`, '')) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
