// The course's drawings as one SVG file of symbols: every member of the cast (a body and an
// overlay each), one face per expression, one drawing per scenario setting. Pages show them
// with <use href="…/people.svg#id">, so a browser fetches them once for the whole course and a
// package holds them once, not in every page of every language.
import { optimize } from 'svgo';
import { MOODS, type CastMember } from '../../schemas/cast.ts';
import { SETTINGS } from '../../schemas/scenario.ts';
import { SETTING_ART } from '../scenarios/settings.ts';
import { faceOf, peepParts, PEEP_VIEWBOX } from './peeps.ts';
import { SETTING_VIEWBOX, symbolId } from './symbols.ts';

const symbol = (id: string, viewBox: string, inner: string) => `<symbol id="${id}" viewBox="${viewBox}">${inner.trim()}</symbol>`;

/** The file's text; `css` paints the drawings (a page's stylesheet cannot reach inside). */
export function drawSprite(cast: readonly CastMember[], css: string): string {
  const [someone] = cast;
  if (!someone) throw new Error('content/cast.json names nobody: the course has no one to draw');
  const symbols = [
    ...cast.flatMap((member) => {
      const { base, over } = peepParts(member);
      return [symbol(symbolId.person(member.id), PEEP_VIEWBOX, base), symbol(symbolId.over(member.id), PEEP_VIEWBOX, over)];
    }),
    // A face is the same for everyone: lines in the ink colour, whoever wears it.
    ...MOODS.map((mood) => symbol(symbolId.face(mood), PEEP_VIEWBOX, faceOf(mood, someone))),
    ...SETTINGS.map((setting) => symbol(symbolId.setting(setting), SETTING_VIEWBOX, SETTING_ART[setting])),
  ];
  // CDATA: the file is XML, and CSS may hold a "<" (in a comment, say).
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[${css}]]></style>${symbols.join('')}</svg>`;
  // Whole units are enough: a face is drawn about ten units to the pixel. Ids and classes stay,
  // and symbols are kept though nothing in the file shows them (an empty one too: the overlay of
  // someone without glasses or beard).
  const overrides = { cleanupIds: false, removeHiddenElems: false, removeEmptyContainers: false, removeUselessDefs: false, inlineStyles: false, convertShapeToPath: false, mergePaths: false } as const;
  return optimize(svg, { multipass: true, floatPrecision: 0, plugins: [{ name: 'preset-default', params: { overrides } }] }).data;
}
