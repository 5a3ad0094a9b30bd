// Open Peeps faces (CC0, Pablo Stanley) drawn with DiceBear at build time, cut into parts a page
// reuses: one body per character, one face per expression shared by all, one overlay (glasses,
// beard) per character. No avatar is drawn in the browser.
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { CastMember, Mood } from '../../schemas/cast.ts';

/** The Open Peeps face of each expression. */
export const FACES: Record<Mood, string> = { neutral: 'smile', good: 'smileBig', mixed: 'tired', poor: 'solemn' };

/** The drawing's own coordinates; a page crops them to head and shoulders. */
export const PEEP_VIEWBOX = '0 0 704 704';

// Stand-in colours, swapped for the course's classes below, so the theme paints the drawing.
const SKIN = '0000a1';
const HAIR = '0000a2';
const CLOTHES = '0000a3';

function paint(svg: string, member: CastMember): string {
  const painted = svg
    .replaceAll(`fill="#${SKIN}"`, `class="peep-skin-${member.avatar.skin}"`)
    .replaceAll(`fill="#${CLOTHES}"`, `class="peep-clothes-${member.avatar.clothing}"`)
    .replaceAll(`fill="#${HAIR}"`, 'fill="currentColor"')
    .replaceAll('fill="#000"', 'fill="currentColor"')
    .replaceAll('fill="#fff"', 'class="peep-paper"');
  const stray = painted.match(/#[0-9a-fA-F]{3,6}\b/);
  if (stray) throw new Error(`Open Peeps drew a colour the course does not paint (${stray[0]}): choose other traits in content/cast.json`);
  return painted;
}

/** The drawing's parts, in the order they are stacked. */
export interface PeepParts {
  /** Body and head, under the face. */
  base: string;
  /** Facial hair and glasses, over the face. */
  over: string;
}

function draw(member: CastMember, face: string): string {
  const { head, accessories, facialHair } = member.avatar;
  return createAvatar(openPeeps, {
    head: [head],
    face: [face as 'smile'],
    skinColor: [SKIN],
    headContrastColor: [HAIR],
    clothingColor: [CLOTHES],
    accessories: accessories ? [accessories] : [],
    accessoriesProbability: accessories ? 100 : 0,
    facialHair: facialHair ? [facialHair] : [],
    facialHairProbability: facialHair ? 100 : 0,
    maskProbability: 0,
  }).toString();
}

// The style stacks body and head, face, facial hair, mask and accessories, each in a group of its own.
const FACE_GROUP = '<g transform="translate(315 248)">';
const FACIAL_HAIR_GROUP = '<g transform="translate(279 400)">';

/** The inside of the drawing: what lies between its viewbox mask and its end. */
function inner(svg: string): string {
  const start = svg.indexOf('<g mask="url(#viewboxMask)">');
  if (start < 0 || !svg.endsWith('</g></svg>')) throw new Error('Open Peeps changed its markup: src/components/people/peeps.ts needs a look');
  return svg.slice(start + '<g mask="url(#viewboxMask)">'.length, -'</g></svg>'.length);
}

/** A character's body and overlay, painted with the course's classes. */
export function peepParts(member: CastMember): PeepParts {
  const body = inner(paint(draw(member, FACES.neutral), member));
  const face = body.indexOf(FACE_GROUP);
  const over = body.indexOf(FACIAL_HAIR_GROUP);
  if (face < 0 || over < face) throw new Error('Open Peeps changed its markup: src/components/people/peeps.ts needs a look');
  return { base: body.slice(0, face), over: body.slice(over).replaceAll(/<g transform="[^"]*"><\/g>/g, '') };
}

/** One expression's face, the same for every character. */
export function faceOf(mood: Mood, someone: CastMember): string {
  const body = inner(paint(draw(someone, FACES[mood]), someone));
  return body.slice(body.indexOf(FACE_GROUP), body.indexOf(FACIAL_HAIR_GROUP));
}
