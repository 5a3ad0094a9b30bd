// Where a scenario's scene happens, as a calm band behind the speaker: flat shapes in the
// course palette (classes of src/components/people/drawings.css), no words (they would not
// translate). The left third stays quiet: the speaker stands there. In SETTING_VIEWBOX's frame.
import type { Setting } from '../../schemas/scenario.ts';

const grid = (cols: number, rows: number, draw: (col: number, row: number) => string) =>
  Array.from({ length: cols }, (_, col) => Array.from({ length: rows }, (_, row) => draw(col, row)).join('')).join('');

export const SETTING_ART: Record<Setting, string> = {
  desk: `
    <rect x="232" y="12" width="64" height="40" rx="3" class="set-paper"/>
    <path d="M264 12 V52 M232 32 H296" class="set-frame"/>
    <circle cx="170" cy="22" r="9" class="set-paper"/>
    <path d="M170 16 V22 L175 25" class="set-frame"/>
    <rect x="120" y="58" width="150" height="6" rx="2" class="set-strong"/>
    <rect x="128" y="64" width="6" height="16" class="set-strong"/>
    <rect x="256" y="64" width="6" height="16" class="set-strong"/>
    <rect x="160" y="32" width="44" height="26" rx="3" class="set-strong"/>
    <rect x="164" y="36" width="36" height="18" rx="1" class="set-soft"/>
    <rect x="226" y="50" width="20" height="8" rx="1" class="set-paper"/>
    <path d="M292 58 C286 46 300 40 296 30 C306 40 300 48 304 58 Z" class="set-leaf"/>`,
  payroll: `
    <rect x="150" y="10" width="54" height="44" rx="3" class="set-paper"/>
    <rect x="150" y="10" width="54" height="10" rx="3" class="set-strong"/>
    ${grid(5, 3, (col, row) => `<rect x="${155 + col * 10}" y="${24 + row * 10}" width="6" height="6" rx="1" class="${col === 4 && row === 1 ? 'set-mark' : 'set-soft'}"/>`)}
    <rect x="236" y="26" width="46" height="54" rx="2" class="set-floor"/>
    <path d="M236 44 H282 M236 62 H282" class="set-frame"/>
    <rect x="253" y="33" width="12" height="3" rx="1" class="set-strong"/>
    <rect x="253" y="51" width="12" height="3" rx="1" class="set-strong"/>
    <rect x="253" y="69" width="12" height="3" rx="1" class="set-strong"/>
    <rect x="120" y="60" width="104" height="6" rx="2" class="set-strong"/>
    <rect x="128" y="66" width="6" height="14" class="set-strong"/>
    <rect x="210" y="66" width="6" height="14" class="set-strong"/>
    <rect x="140" y="50" width="26" height="10" rx="1" class="set-paper"/>
    <rect x="143" y="46" width="26" height="4" rx="1" class="set-soft"/>
    <rect x="180" y="52" width="30" height="8" rx="2" class="set-soft"/>`,
  drawings: `
    <rect x="118" y="14" width="170" height="54" rx="3" class="set-paper"/>
    <path d="M118 68 L108 80 M288 68 L298 80" class="set-frame"/>
    <circle cx="170" cy="41" r="18" class="set-line"/>
    <circle cx="170" cy="41" r="8" class="set-line"/>
    <path d="M146 41 H194 M170 17 V65" class="set-dash"/>
    <rect x="214" y="26" width="52" height="30" rx="2" class="set-line"/>
    <path d="M214 62 H266 M214 59 V65 M266 59 V65" class="set-frame"/>
    <rect x="128" y="60" width="60" height="4" rx="1" class="set-strong" transform="rotate(-4 158 62)"/>`,
  dock: `
    <rect x="120" y="10" width="84" height="70" rx="2" class="set-floor"/>
    ${Array.from({ length: 6 }, (_, i) => `<path d="M120 ${20 + i * 10} H204" class="set-frame"/>`).join('')}
    <rect x="212" y="30" width="70" height="42" rx="3" class="set-strong"/>
    <path d="M282 44 H300 L312 58 V72 H282 Z" class="set-strong"/>
    <path d="M286 48 H298 L306 58 H286 Z" class="set-soft"/>
    <circle cx="232" cy="76" r="7" class="set-wheel"/>
    <circle cx="296" cy="76" r="7" class="set-wheel"/>
    <rect x="140" y="60" width="20" height="20" rx="1" class="set-box"/>
    <rect x="162" y="66" width="16" height="14" rx="1" class="set-box"/>
    <rect x="146" y="44" width="16" height="16" rx="1" class="set-box"/>`,
};
