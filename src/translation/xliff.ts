// XLIFF 2.0 in and out, through a DOM (@xmldom/xmldom): the course's units as a translator's
// tool reads them, with markup as inline codes (`ph`, `pc`) whose original data travels in
// `originalData`, notes for the translator, and the English each unit was made from.
import { DOMImplementation, DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import type { Code, Inline } from './inline.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** The course's own extension attributes (a unit's source hash, the course version), declared by a schema shipped with the course. */
export const COURSE_NS = 'urn:internal-customer-service:translation';

export interface XliffNote {
  category: 'location' | 'term' | 'length' | 'status';
  text: string;
}

export interface XliffUnit {
  id: string;
  source: Inline[];
  target?: Inline[];
  state: 'initial' | 'translated' | 'reviewed' | 'final';
  notes: XliffNote[];
  /** Hash of the English this unit's source is. */
  sourceHash: string;
}

export interface XliffFile {
  id: string;
  original: string;
  units: XliffUnit[];
}

export interface XliffDocument {
  srcLang: string;
  trgLang: string;
  courseVersion: string;
  files: XliffFile[];
}

// ---- writing ----

/** Appends children, each on its own line at the depth given: structure indented, inline content left alone. */
function appendIndented(parent: Element, children: Element[], depth: number) {
  const doc = parent.ownerDocument!;
  for (const child of children) {
    parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`));
    parent.appendChild(child);
  }
  parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}

/** The inline content of a source or target, codes pointing at their data by id. */
function appendInline(parent: Element, content: readonly Inline[]) {
  const doc = parent.ownerDocument!;
  for (const part of content) {
    if (typeof part === 'string') {
      parent.appendChild(doc.createTextNode(part));
      continue;
    }
    const code = doc.createElementNS(XLIFF_NS, part.kind);
    code.setAttribute('id', part.id);
    if (part.kind === 'ph') {
      code.setAttribute('dataRef', `d${part.id}`);
      code.setAttribute('disp', part.data);
      if (/^\{\{/.test(part.data)) code.setAttribute('canDelete', 'no');
    } else {
      code.setAttribute('dataRefStart', `d${part.id}s`);
      code.setAttribute('dataRefEnd', `d${part.id}e`);
      code.setAttribute('type', part.start.startsWith('[') ? 'link' : 'fmt');
      appendInline(code, part.content);
    }
    parent.appendChild(code);
  }
}

/** Each code's markup as written, by data id. */
function originalData(content: readonly Inline[]): Array<[string, string]> {
  return content.flatMap((part): Array<[string, string]> => {
    if (typeof part === 'string') return [];
    if (part.kind === 'ph') return [[`d${part.id}`, part.data]];
    return [[`d${part.id}s`, part.start], [`d${part.id}e`, part.end], ...originalData(part.content)];
  });
}

export function writeXliff(document: XliffDocument): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '2.0');
  root.setAttribute('srcLang', document.srcLang);
  root.setAttribute('trgLang', document.trgLang);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:course', COURSE_NS);
  root.setAttributeNS(COURSE_NS, 'course:version', document.courseVersion);
  const el = (name: string, attributes: Record<string, string> = {}) => {
    const element = doc.createElementNS(XLIFF_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    return element;
  };
  const files = document.files.map((file) => {
    const fileElement = el('file', { id: file.id, original: file.original });
    const units = file.units.map((unit) => {
      const unitElement = el('unit', { id: unit.id });
      unitElement.setAttributeNS(COURSE_NS, 'course:sourceHash', unit.sourceHash);
      const parts: Element[] = [];
      if (unit.notes.length) {
        const notes = el('notes');
        appendIndented(notes, unit.notes.map((note) => {
          const n = el('note', { category: note.category });
          n.appendChild(doc.createTextNode(note.text));
          return n;
        }), 3);
        parts.push(notes);
      }
      const data = originalData(unit.source);
      if (data.length) {
        const original = el('originalData');
        appendIndented(original, data.map(([id, text]) => {
          const d = el('data', { id });
          d.appendChild(doc.createTextNode(text));
          return d;
        }), 3);
        parts.push(original);
      }
      const segment = el('segment', { state: unit.state });
      const source = el('source');
      source.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
      appendInline(source, unit.source);
      const segmentParts = [source];
      if (unit.target) {
        const target = el('target');
        target.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
        appendInline(target, unit.target);
        segmentParts.push(target);
      }
      appendIndented(segment, segmentParts, 3);
      parts.push(segment);
      appendIndented(unitElement, parts, 2);
      return unitElement;
    });
    appendIndented(fileElement, units, 1);
    return fileElement;
  });
  appendIndented(root, files, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

// ---- reading ----

export class XliffError extends Error {}

const elements = (parent: Node, name: string) =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === XLIFF_NS && (n as Element).localName === name);

/**
 * A source or target as inline content. Codes carry their id only (and, for a source, the
 * data the file gives them); the caller knows what each id stands for.
 */
function readInline(parent: Element, data: ReadonlyMap<string, string>, where: string): Inline[] {
  const out: Inline[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const id = element.getAttribute('id') ?? '';
    switch (element.namespaceURI === XLIFF_NS ? element.localName : '') {
      case 'ph':
        out.push({ kind: 'ph', id, data: data.get(element.getAttribute('dataRef') ?? '') ?? '' } satisfies Code);
        break;
      case 'pc':
        out.push({ kind: 'pc', id, start: data.get(element.getAttribute('dataRefStart') ?? '') ?? '', end: data.get(element.getAttribute('dataRefEnd') ?? '') ?? '', content: readInline(element, data, where) });
        break;
      case 'mrk':
        // An annotation a tool added (a term, a comment): its words count, the mark does not.
        out.push(...readInline(element, data, where));
        break;
      case 'cp':
        out.push(String.fromCodePoint(parseInt(element.getAttribute('hex') ?? '0', 16)));
        break;
      case 'sm':
      case 'em':
        break;
      default:
        throw new XliffError(`${where}: <${element.tagName}> is not supported here; keep the codes as paired <pc> and <ph> codes`);
    }
  }
  return out;
}

export function readXliff(xml: string): XliffDocument {
  const problems: string[] = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && problems.push(message)) }).parseFromString(xml, 'text/xml');
  } catch (error) {
    throw new XliffError(`not well-formed XML: ${(error as Error).message}`);
  }
  const root = doc.documentElement;
  if (problems.length || !root) throw new XliffError(`not well-formed XML: ${problems[0] ?? 'no root element'}`);
  if (root.namespaceURI !== XLIFF_NS || root.localName !== 'xliff') throw new XliffError(`not an XLIFF 2 document (root <${root.tagName}> in ${root.namespaceURI ?? 'no namespace'})`);
  const version = root.getAttribute('version') ?? '';
  if (!/^2\.[0-2]$/.test(version)) throw new XliffError(`XLIFF version ${version || '(none)'}: this course reads XLIFF 2.0`);
  const trgLang = root.getAttribute('trgLang');
  if (!trgLang) throw new XliffError('the file names no target language (trgLang)');
  return {
    srcLang: root.getAttribute('srcLang') ?? '',
    trgLang,
    courseVersion: root.getAttributeNS(COURSE_NS, 'version') ?? '',
    files: elements(root, 'file').map((file) => ({
      id: file.getAttribute('id') ?? '',
      original: file.getAttribute('original') ?? '',
      units: [...elements(file, 'unit'), ...elements(file, 'group').flatMap((g) => elements(g, 'unit'))].map((unit) => {
        const where = `${file.getAttribute('id')}, unit ${unit.getAttribute('id')}`;
        const data = new Map(elements(unit, 'originalData').flatMap((o) => elements(o, 'data')).map((d) => [d.getAttribute('id') ?? '', d.textContent ?? '']));
        const segments = elements(unit, 'segment');
        if (segments.length !== 1) throw new XliffError(`${where}: has ${segments.length} segments; keep each unit as one segment`);
        const segment = segments[0]!;
        const source = elements(segment, 'source')[0];
        const target = elements(segment, 'target')[0];
        if (!source) throw new XliffError(`${where}: has no source`);
        return {
          id: unit.getAttribute('id') ?? '',
          source: readInline(source, data, where),
          target: target ? readInline(target, data, where) : undefined,
          state: (segment.getAttribute('state') ?? 'initial') as XliffUnit['state'],
          notes: [],
          sourceHash: unit.getAttributeNS(COURSE_NS, 'sourceHash') ?? '',
        };
      }),
    })),
  };
}
