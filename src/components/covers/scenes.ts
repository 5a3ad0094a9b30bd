// The wide picture over each lesson's title, one scene per cover motif, drawn at build time
// from the shapes in art.ts. Decoration only: the title beside it says what the lesson is.
import type { CoverMotif } from '../../schemas/lesson.ts';
import { bubble, bust, circle, GROUND, path, person, plant, rect, sheet, stage, stroke, type Look, type Tone } from './art.ts';

/** The picture's own size; it scales to the lesson column and keeps its proportions. */
export const HERO_VIEWBOX = '0 0 720 240';

// The cast: the same few colleagues, of different looks, in every scene.
const ANA: Look = { skin: 'skin-fair', shirt: 'teal', hair: 'long', hairTone: 'skin-deep' };
const KOFI: Look = { skin: 'skin-deep', shirt: 'warm', hair: 'short' };
const MEI: Look = { skin: 'skin-tan', shirt: 'sky', hair: 'bun' };
const RAJ: Look = { skin: 'skin-tan', shirt: 'mid', hair: 'short' };
const ELLA: Look = { skin: 'skin-fair', shirt: 'ink', hair: 'long', hairTone: 'warm', legs: 'mid' };
const SAM: Look = { skin: 'skin-deep', shirt: 'teal', hair: 'none' };

/** A desk or counter top with its front panel, standing on the floor. */
const desk = (x: number, w: number, top = 146) => rect('teal', x - 6, top - 10, w + 12, 12, 6) + rect('mid', x, top, w, GROUND - top + 4, 4);
/** A tick mark, thick or thin. */
const tick = (x: number, y: number, size: number, thin = false) =>
  stroke(thin ? 'teal' : 'paper', `M${x} ${y}l${size * 0.4} ${size * 0.4} ${size * 0.8}-${size * 0.8}`, thin);

const SCENES: Record<CoverMotif, () => string> = {
  // Introduction: the colleagues of this course say hello.
  welcome: () =>
    stage(360, 104) +
    plant(150) +
    plant(586) +
    person(255, MEI) +
    person(325, ANA, 'wave') +
    person(395, KOFI) +
    person(465, RAJ, 'wave', true),

  // Module 1: work handed along a chain of colleagues reaches the customer at the end.
  chain: () =>
    rect('soft', 110, 34, 500, 168, 84) +
    rect('line', 48, GROUND, 624, 10, 5) +
    [150, 280, 410].map((x, i) => person(x, [MEI, RAJ, ANA][i]!, 'give') + sheet(x + 46, 98)).join('') +
    person(560, KOFI, 'wave', true) +
    rect('warm', 586, 150, 34, 36, 6) +
    stroke('ink', 'M594 150q9-14 18 0', true),

  // Module 2: colleagues inside the building, customers outside it.
  customers: () =>
    circle('soft', 500, 120, 92) +
    rect('line', 48, GROUND, 624, 10, 5) +
    rect('mid', 140, 46, 210, 168) +
    [0, 1, 2].map((i) => [0, 1].map((j) => rect('paper', 156 + 64 * i, 62 + 60 * j, 50, 46, 6)).join('')).join('') +
    bust(181, 108, SAM, 0.62) +
    bust(245, 108, ELLA, 0.62) +
    bust(309, 168, MEI, 0.62) +
    rect('teal', 220, 174, 46, 40, 6) +
    person(470, ANA) +
    stroke('ink', 'M492 160q7-12 14 0', true) +
    rect('warm', 484, 158, 30, 32, 6) +
    person(548, KOFI, 'wave', true),

  // Module 3: the pyramid turned over, customers on top and management holding it up.
  pyramid: () =>
    rect('line', 48, GROUND, 624, 10, 5) +
    circle('soft', 360, 118, 100) +
    path('sky', 'M200 24H520L466 88H254Z') +
    path('mid', 'M254 88H466L412 152H308Z') +
    path('teal', 'M308 152H412L360 214Z') +
    [ELLA, RAJ, KOFI, SAM, ANA].map((look, i) => bust(268 + 46 * i, 84, look, 0.55)).join('') +
    [KOFI, ANA, RAJ].map((look, i) => bust(322 + 38 * i, 148, look, 0.5)).join('') +
    bust(360, 188, MEI, 0.42) +
    // Turned over: one arrow up the left, one down the right.
    stroke('teal', 'M210 196Q130 130 180 44M165 51L180 44L181 60M540 44Q590 130 510 196M526 195L510 196L514 181', true),

  // Module 4: payroll day on the calendar, a clock running, payslips ready on the desk.
  payroll: () =>
    stage(250, 100) +
    rect('teal', 150, 38, 180, 156) +
    rect('paper', 150, 66, 180, 128) +
    [0, 1, 2, 3, 4].map((i) => [0, 1, 2].map((j) => rect(i === 3 && j === 1 ? 'warm' : 'line', 162 + 32 * i, 78 + 36 * j, 24, 24, 4)).join('')).join('') +
    circle('ink', 196, 40, 5) +
    circle('ink', 284, 40, 5) +
    circle('paper', 392, 70, 30) +
    stroke('ink', 'M392 70V52M392 70l12 8', true) +
    person(540, MEI, 'down') +
    desk(430, 200) +
    rect('ink', 446, 98, 62, 40, 6) +
    sheet(560, 104) +
    sheet(572, 110),

  // Module 5: an engineer at the workbench, a representative waiting for an answer.
  engineering: () =>
    stage(250, 100) +
    rect('sky', 120, 34, 130, 80) +
    stroke('paper', 'M136 56h60M136 74h98M136 92h40M210 92h24', true) +
    person(270, { ...SAM, hair: 'hat', hairTone: 'warm' }, 'down') +
    desk(150, 200, 162) +
    path('ink', 'M180 152v-22h30v8h-20v14z') +
    stroke('ink', 'M240 152l26-24', true) +
    bubble(392, 40) +
    person(540, MEI, 'down', true) +
    desk(470, 160) +
    rect('ink', 490, 100, 56, 38, 6),

  // Module 6: a helpful word at the service desk.
  behaviours: () =>
    stage(320, 100) +
    person(290, RAJ, 'wave') +
    desk(180, 220, 140) +
    person(480, ANA, 'give', true) +
    sheet(398, 94) +
    bubble(314, 26) +
    bubble(474, 10, 'warm', 'paper') +
    plant(596),

  // Module 7: two teams on either side, meeting halfway across the bridge.
  bridge: () =>
    circle('soft', 360, 112, 96) +
    rect('mid', 40, 172, 220, 100) +
    rect('mid', 460, 172, 220, 100) +
    stroke('teal', 'M236 170Q360 70 484 170M282 132v34M322 110v56M398 110v56M438 132v34', true) +
    rect('teal', 226, 164, 268, 12, 6) +
    person(312, KOFI, 'give', false, 164, 0.86) +
    person(408, MEI, 'give', true, 164, 0.86) +
    person(136, ANA, 'down', false, 172, 0.72) +
    person(190, SAM, 'down', false, 172, 0.72) +
    person(530, ELLA, 'down', true, 172, 0.72) +
    person(584, RAJ, 'down', true, 172, 0.72),

  // Self-assessment: a look in the mirror, a checklist in hand.
  reflection: () =>
    stage(420, 100) +
    rect('teal', 388, 26, 116, 188, 58) +
    rect('sky', 398, 36, 96, 178, 48) +
    person(446, { skin: 'mid', shirt: 'mid', hair: 'long', hairTone: 'mid', legs: 'mid' }, 'down', true, 210, 0.86) +
    stroke('paper', 'M414 96l24-24M414 122l40-40', true) +
    person(300, ELLA, 'give') +
    rect('paper', 342, 96, 40, 52, 4) +
    [0, 1, 2].map((i) => tick(350, 112 + 14 * i, 10, true)).join('') +
    plant(172) +
    plant(600),

  // Summary: a plan on the board, two steps done, one to go.
  plan: () =>
    stage(420, 100) +
    rect('paper', 300, 30, 240, 164) +
    [0, 1, 2].map((i) => rect(i < 2 ? 'teal' : 'soft', 324, 56 + 44 * i, 28, 28, 6) + (i < 2 ? tick(330, 70 + 44 * i, 16) : '') + rect('line', 366, 64 + 44 * i, 140 - 30 * i, 12, 6)).join('') +
    rect('warm', 490, 142, 36, 36, 4) +
    person(236, MEI, 'wave') +
    plant(610),

  // Final test: the last stretch to the finish flag.
  test: () =>
    stage(500, 104) +
    rect('mid', 330, 190, 150, 24, 4) +
    rect('teal', 380, 166, 100, 48, 4) +
    person(430, KOFI, 'cheer', false, 166, 0.9) +
    stroke('ink', 'M540 212V40', true) +
    path('warm', 'M540 42h72l-16 22 16 22h-72z') +
    circle('teal', 248, 96, 44) +
    tick(228, 96, 32),

  // Your result: the certificate, sealed.
  award: () =>
    stage(380, 104) +
    rect('paper', 270, 36, 220, 150) +
    rect('line', 284, 50, 192, 122, 4) +
    rect('paper', 292, 58, 176, 106, 2) +
    stroke('line', 'M320 88h120M340 112h80M340 132h60', true) +
    path('warm', 'M444 160l-10 38 14-8 10 12 6-40zM468 160l10 38-14-8-10 12-6-40z') +
    circle('warm', 456, 156, 22) +
    circle('paper', 456, 156, 12) +
    person(584, ANA, 'cheer') +
    ([[200, 60, 'teal'], [226, 150, 'warm'], [530, 40, 'sky'], [640, 90, 'teal'], [180, 110, 'sky']] as const).map(([x, y, tone]) => rect(tone, x, y, 12, 12, 3)).join(''),

  // Glossary and credits: the shelf of references.
  reference: () =>
    stage(330, 100) +
    rect('mid', 190, 118, 280, 10, 5) +
    rect('mid', 190, 204, 280, 10, 5) +
    (['teal', 'warm', 'sky', 'ink', 'teal', 'mid', 'warm', 'sky'] as Tone[]).map((tone, i) => rect(tone, 206 + 30 * i, 118 - (60 + (i % 3) * 10), 24, 60 + (i % 3) * 10, 4)).join('') +
    (['sky', 'warm', 'teal', 'ink', 'warm'] as Tone[]).map((tone, i) => rect(tone, 214 + 34 * i, 204 - (52 + (i % 2) * 12), 28, 52 + (i % 2) * 12, 4)).join('') +
    person(560, RAJ, 'give', true) +
    path('sky', 'M476 104l28-6v32l-28 6zM504 98l28 6v32l-28-6z') +
    plant(640),
};

/** The hero picture for a cover motif, as the SVG element to place in the page. */
export function heroSvg(motif: CoverMotif): string {
  return `<svg class="hero-art" viewBox="${HERO_VIEWBOX}" aria-hidden="true" focusable="false">${SCENES[motif]()}</svg>`;
}
