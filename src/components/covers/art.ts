// The shapes every lesson hero is drawn from, as SVG strings at build time: one flat style,
// one stroke width, one corner radius. Colours are classes only (`a-<tone>`, set in
// global.css from the course's variables), so a dark theme restyles every picture at once.

/** The few colours a picture may use; each is a CSS class `a-<tone>`. */
export type Tone = 'ink' | 'teal' | 'mid' | 'soft' | 'paper' | 'line' | 'warm' | 'sky' | 'skin-fair' | 'skin-tan' | 'skin-deep';
type Hair = 'short' | 'long' | 'bun' | 'hat' | 'none';
/** What a standing person does with their arms. */
type Pose = 'down' | 'wave' | 'give' | 'cheer';

/** The floor every scene stands on. */
export const GROUND = 214;

const c = (tone: Tone) => `class="a-${tone}"`;
/** A limb or a line: round-capped stroke in one of the two widths. */
export const stroke = (tone: Tone, d: string, thin = false) => `<path class="a-${thin ? 'l' : 's'} a-${tone}" d="${d}"/>`;
export const path = (tone: Tone, d: string) => `<path ${c(tone)} d="${d}"/>`;
export const circle = (tone: Tone, cx: number, cy: number, r: number) => `<circle ${c(tone)} cx="${cx}" cy="${cy}" r="${r}"/>`;
/** Rectangles keep the one corner radius of the style unless told otherwise. */
export const rect = (tone: Tone, x: number, y: number, w: number, h: number, r = 8) =>
  `<rect ${c(tone)} x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}"/>`;
export const group = (x: number, y: number, inner: string, scale = 1) =>
  `<g transform="translate(${x} ${y})${scale === 1 ? '' : ` scale(${scale})`}">${inner}</g>`;

/** The floor line and a soft disc behind the subject: the same stage in every scene. */
export const stage = (cx: number, r = 96, cy = 118) => circle('soft', cx, cy, r) + rect('line', 48, GROUND, 624, 10, 5);

/** A speech bubble with three dots (the words are the learner's to imagine), tail at bottom left. */
export const bubble = (x: number, y: number, tone: Tone = 'paper', dots: Tone = 'teal') =>
  group(x, y, rect(tone, 0, 0, 72, 40, 20) + path(tone, 'M14 34l-6 16 20-12z') + [22, 36, 50].map((cx) => circle(dots, cx, 20, 5)).join(''));

/** A sheet of paper with a few ruled lines, top left at (x, y). */
export const sheet = (x: number, y: number, w = 26, h = 32, tone: Tone = 'paper') =>
  rect(tone, x, y, w, h, 3) + stroke('line', `M${x + 6} ${y + 10}h${w - 12}M${x + 6} ${y + 18}h${w - 12}M${x + 6} ${y + 26}h${w - 16}`, true);

/** How a person looks; a reflection is a person in one tone. */
export interface Look {
  skin: Tone;
  shirt: Tone;
  hair?: Hair;
  hairTone?: Tone;
  legs?: Tone;
}

/** Hair that falls behind the shoulders: drawn before the body. */
const backHair = ({ hair, hairTone = 'ink' }: Look, y: number) => (hair === 'long' ? rect(hairTone, -19, y - 18, 38, 48, 18) : '');

/** A head centred on (0, y), with hair; no face, as in the rest of the style. */
function head({ skin, hair = 'short', hairTone = 'ink' }: Look, y: number) {
  const bun = hair === 'bun' ? circle(hairTone, 0, y - 20, 8) : '';
  const cap =
    hair === 'hat'
      ? path(hairTone, `M-19 ${y - 3}a19 19 0 0 1 38 0z`) + rect(hairTone, -25, y - 5, 50, 7, 3)
      : hair === 'none'
        ? ''
        : path(hairTone, `M-17 ${y}a17 17 0 0 1 34 0q-13-8-34 0z`);
  return bun + circle(skin, 0, y, 16) + cap;
}

const ARMS: Record<Pose, Array<[number, number, number, number]>> = {
  down: [[-20, -110, -28, -64], [20, -110, 28, -64]],
  wave: [[-20, -110, -28, -64], [20, -112, 40, -152]],
  give: [[-20, -110, -28, -64], [20, -110, 56, -96]],
  cheer: [[-20, -112, -40, -152], [20, -112, 40, -152]],
};

/** A standing person, feet at (x, y); `flip` turns them to face left. */
export function person(x: number, look: Look, pose: Pose = 'down', flip = false, y = GROUND, scale = 1) {
  const arms = ARMS[pose];
  const body =
    backHair(look, -142) +
    stroke(look.legs ?? 'ink', 'M-9-6V-56M9-6V-56') +
    path(look.shirt, 'M-24-52V-104q0-18 18-18h12q18 0 18 18V-52z') +
    path(look.skin, 'M-7-123l7 9 7-9z') +
    stroke(look.shirt, arms.map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join('')) +
    arms.map(([, , x2, y2]) => circle(look.skin, x2, y2, 7)).join('') +
    head(look, -142);
  return `<g transform="translate(${x} ${y})${flip ? ' scale(-1 1)' : ''}${scale === 1 ? '' : ` scale(${scale})`}">${body}</g>`;
}

/** Head and shoulders, bottom centre at (x, y): for crowds, windows and seats. */
export const bust = (x: number, y: number, look: Look, scale = 1) =>
  group(x, y, backHair(look, -52) + path(look.shirt, 'M-24 0V-14q0-18 18-18h12q18 0 18 18V0z') + head(look, -52), scale);

/** A potted plant on the floor at x. */
export const plant = (x: number, y = GROUND) =>
  group(x, y, path('teal', 'M0-34q-30-18-18-58 18 22 18 58zM0-34q30-22 16-64-20 26-16 64z') + path('warm', 'M-15-36h30l-5 36h-20z'));
