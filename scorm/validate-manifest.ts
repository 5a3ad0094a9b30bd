// Validates a manifest against the ADL/IMS schemas with xmllint, every namespace loaded (the
// root schema leaves adlcp/imsss to `xs:any`), and checks the rules the schemas leave open.
import { join, resolve } from 'node:path';
import { validateWithSchemas, type ValidationResult } from '../src/build/xml-schemas.ts';
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

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Rules of the SCORM content aggregation model that the schemas leave open: unknown
 * attributes pass `xs:anyAttribute`, and the 1.2 mastery score is typed as any string.
 */
export function scormRules(xml: string, edition: ScormEdition): string[] {
  const errors: string[] = [];
  const typeAttr = edition === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const resources = [...xml.matchAll(/<resource\s[^>]*>/g)].map((m) => m[0]);
  const resourceIds = new Set(resources.map((r) => attr(r, 'identifier')));
  for (const resource of resources) {
    const type = attr(resource, typeAttr);
    if (type !== 'sco' && type !== 'asset') {
      errors.push(`resource "${attr(resource, 'identifier')}": ${typeAttr} must be "sco" or "asset", is ${type === undefined ? 'missing' : `"${type}"`}`);
    }
  }
  const organizations = /<organizations(\s[^>]*)?>/.exec(xml)?.[0] ?? '';
  const defaultOrg = attr(organizations, 'default');
  if (!defaultOrg || !new RegExp(`<organization\\s[^>]*identifier="${defaultOrg}"`).test(xml)) {
    errors.push('organizations: the "default" attribute must name an organization');
  }
  for (const [, ref] of xml.matchAll(/<item\s[^>]*identifierref="([^"]*)"/g)) {
    if (!resourceIds.has(ref)) errors.push(`item: identifierref "${ref}" names no resource`);
  }
  if (edition === 'scorm12') {
    for (const [, score] of xml.matchAll(/<adlcp:masteryscore>([^<]*)</g)) {
      const value = Number(score);
      if (score?.trim() === '' || !(value >= 0 && value <= 100)) errors.push(`adlcp:masteryscore must be a number from 0 to 100, is "${score}"`);
    }
  }
  return errors;
}

export function validateManifest(xml: string, edition: ScormEdition): ValidationResult {
  const namespaces = Object.fromEntries(Object.entries(NAMESPACES[edition]).map(([ns, file]) => [ns, join(schemaDir(edition), file)]));
  const schema = validateWithSchemas(xml, namespaces, 'imsmanifest.xml');
  const rules = scormRules(xml, edition);
  return { valid: schema.valid && rules.length === 0, errors: [...schema.errors, ...rules.map((r) => `imsmanifest.xml: ${r}`)] };
}
