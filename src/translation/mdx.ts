// A lesson's translation units: its frontmatter's words, the words of component attributes
// (an accordion item's title, a figure's caption) and every block of prose (heading,
// paragraph, list item, table cell). Units are found by parsing the MDX as the course's
// renderer does, so a unit is exactly a block, with inline markup as codes.
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';
import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { WORD_FIELDS } from '../schemas/word-fields.ts';
import { normalise, plainText, type Inline } from './inline.ts';

/** Where a unit's words sit in the file, and how they are written there. */
export interface Place {
  start: number;
  end: number;
  form: 'prose' | 'line' | 'cell' | 'attribute' | 'string' | 'yaml' | 'json';
  /** Column the words start at: continuation lines of prose are indented to it. */
  column: number;
  yamlType?: Scalar.Type;
}

export interface FoundUnit {
  id: string;
  content: Inline[];
  place: Place;
  /** Where a learner meets it, for the translator's note. */
  where: string;
  /** A title or label: shown where room is short. */
  short: boolean;
}

const offset = (node: Nodes, edge: 'start' | 'end') => node.position![edge].offset!;

export function parseMdx(source: string, file: string): Root {
  try {
    return fromMarkdown(source, {
      extensions: [frontmatter(['yaml']), gfmTable(), mdxjs()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), mdxFromMarkdown()],
    });
  } catch (error) {
    throw new Error(`${file}: not valid MDX: ${(error as Error).message}`);
  }
}

/** The words of a block's inline content, markup as codes (numbered later). */
function inlineContent(nodes: readonly PhrasingContent[], source: string): Inline[] {
  return nodes.map((node): Inline => {
    if (node.type === 'text') return node.value;
    const raw = source.slice(offset(node, 'start'), offset(node, 'end'));
    const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
    const first = children[0];
    const last = children.at(-1);
    if (!first || !last) return { kind: 'ph', id: '', data: raw };
    return {
      kind: 'pc',
      id: '',
      start: source.slice(offset(node, 'start'), offset(first, 'start')),
      end: source.slice(offset(last, 'end'), offset(node, 'end')),
      content: inlineContent(children, source),
    };
  });
}

const columnAt = (source: string, at: number) => at - (source.lastIndexOf('\n', at - 1) + 1);

/** The frontmatter's words: the lesson title and its goals. */
function frontmatterUnits(yamlText: string, base: number): FoundUnit[] {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  const units: FoundUnit[] = [];
  if (!isMap(doc.contents)) return units;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!WORD_FIELDS.has(key)) continue;
    const scalars = isScalar(pair.value) ? [[key, pair.value] as const] : isSeq(pair.value) ? pair.value.items.map((item, i) => [`${key}.${i}`, item] as const) : [];
    for (const [id, scalar] of scalars) {
      if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) continue;
      units.push({
        id,
        content: [scalar.value],
        place: { start: base + scalar.range[0], end: base + scalar.range[1], form: 'yaml', column: 0, yamlType: scalar.type },
        where: key === 'title' ? 'The lesson’s title (contents list, page title, certificate)' : `Learning goal ${Number(id.split('.')[1]) + 1}, under “Goals of this lesson”`,
        short: key === 'title',
      });
    }
  }
  return units;
}

/** A string literal inside an attribute's expression (`labels={["Finance", "IT"]}`), as the MDX parser's estree gives it. */
interface Literal { type: string; value?: unknown; start: number; end: number }

/** A component's attributes that hold words, with where each value sits: a string, or the strings of an array. */
function attributeUnits(element: MdxJsxFlowElement, source: string, id: string, where: string): FoundUnit[] {
  return element.attributes
    .filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && WORD_FIELDS.has(a.name) && a.value != null)
    .flatMap((attribute): FoundUnit[] => {
      const short = attribute.name === 'title' || attribute.name === 'label' || attribute.name === 'labels';
      if (typeof attribute.value === 'string') {
        const from = offset(attribute as never, 'start');
        const raw = source.slice(from, offset(attribute as never, 'end'));
        const start = from + raw.indexOf('=') + 2;
        return [{ id: `${id}.${attribute.name}`, content: [attribute.value], place: { start, end: from + raw.length - 1, form: 'attribute', column: 0 }, where: `The ${attribute.name} of ${where}`, short }];
      }
      const program = attribute.value!.data?.estree as { body: Array<{ expression?: { elements?: Literal[] } }> } | undefined;
      const literals = program?.body[0]?.expression?.elements ?? [];
      return literals
        .filter((literal) => literal.type === 'Literal' && typeof literal.value === 'string')
        .map((literal, i) => ({
          id: `${id}.${attribute.name}.${i}`,
          content: [literal.value as string],
          place: { start: literal.start, end: literal.end, form: 'string' as const, column: 0 },
          where: `Label ${i + 1} of ${where}`,
          short,
        }));
    });
}

const BLOCK_NAME: Partial<Record<Nodes['type'], string>> = { heading: 'Heading', paragraph: 'Paragraph', tableCell: 'Table cell' };

/** Every unit of a lesson, in reading order, with ids from its place in the document's tree. */
export function mdxUnits(source: string, file: string): FoundUnit[] {
  const tree = parseMdx(source, file);
  const units: FoundUnit[] = [];
  let section = '';
  const visit = (node: Nodes, path: number[], inside: string[], container = '') => {
    const id = `b${path.join('.')}`;
    const context = `${inside.length ? ` inside <${inside.at(-1)}>` : ''}${section ? `, in the section “${section}”` : ''}`;
    if (node.type === 'yaml') {
      units.push(...frontmatterUnits(node.value, source.indexOf(node.value, offset(node, 'start'))));
      return;
    }
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const children = node.children;
      const first = children[0];
      const last = children.at(-1);
      if (!first || !last || children.every((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression')) return;
      const content = normalise(inlineContent(children, source));
      if (node.type === 'heading') section = plainText(content);
      const start = offset(first, 'start');
      units.push({
        id,
        content,
        place: { start, end: offset(last, 'end'), form: node.type === 'paragraph' ? 'prose' : node.type === 'heading' ? 'line' : 'cell', column: columnAt(source, start) },
        where: `${container && node.type === 'paragraph' ? container : BLOCK_NAME[node.type]}${context}`,
        short: node.type !== 'paragraph',
      });
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      units.push(...attributeUnits(node, source, id, `<${node.name}>${context}`));
      node.children.forEach((child, i) => visit(child, [...path, i], [...inside, node.name ?? 'fragment']));
      return;
    }
    const label = node.type === 'listItem' ? 'List item' : node.type === 'blockquote' ? 'Quotation' : container;
    if ('children' in node) (node as Parents).children.forEach((child, i) => visit(child, [...path, i], inside, label));
  };
  tree.children.forEach((child, i) => visit(child, [i], []));
  return units;
}
