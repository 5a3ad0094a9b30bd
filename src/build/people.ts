// Build-time only (Node): the course's drawings file (src/components/people/sprite.ts), written
// to src/components/people/generated/ (not committed) before Vite reads the components that
// import it, so it gets a hashed name like any other asset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { drawSprite } from '../components/people/sprite.ts';
import { castMemberSchema } from '../schemas/cast.ts';
import { parseFile } from '../schemas/parse-file.ts';

const root = join(import.meta.dirname, '../..');
const CAST_FILE = 'content/cast.json';
const PEOPLE_DIR = join(root, 'src/components/people/generated');

function readCast(): unknown {
  try {
    return JSON.parse(readFileSync(join(root, CAST_FILE), 'utf8'));
  } catch (error) {
    throw new Error(`${CAST_FILE} cannot be read: ${(error as Error).message}`);
  }
}

/** Writes people.svg from content/cast.json, unless it holds exactly that already. */
export function buildPeople(): void {
  const cast = parseFile(z.array(castMemberSchema), readCast(), CAST_FILE);
  const svg = drawSprite(cast, readFileSync(join(root, 'src/components/people/drawings.css'), 'utf8'));
  const file = join(PEOPLE_DIR, 'people.svg');
  if (existsSync(file) && readFileSync(file, 'utf8') === svg) return;
  mkdirSync(PEOPLE_DIR, { recursive: true });
  writeFileSync(file, svg);
}

/** Draws the people before Astro reads any component, in build, dev and check alike. */
export function coursePeople() {
  return { name: 'course-people', hooks: { 'astro:config:setup': buildPeople } };
}
