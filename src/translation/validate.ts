// An XLIFF file checked against the OASIS XLIFF 2.0 core schema and the course's extension
// schema, both shipped in xsd/.
import { join } from 'node:path';
import { validateWithSchemas, type ValidationResult } from '../build/xml-schemas.ts';
import { COURSE_NS, XLIFF_NS } from './xliff.ts';

const xsd = join(import.meta.dirname, 'xsd');

export const validateXliff = (xml: string): ValidationResult =>
  validateWithSchemas(xml, { [XLIFF_NS]: join(xsd, 'xliff_core_2.0.xsd'), [COURSE_NS]: join(xsd, 'course.xsd') }, 'translation.xlf');
