// A content mistake must stop the build and say which file and which field.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** The pseudo-locale's files, generated from the English: a broken copy needs none of them. */
const pseudo = new RegExp(`[\\\\/]${JSON.parse(readFileSync(join(root, 'content/course.json'), 'utf8')).pseudoLocale}([\\\\/.]|$)`);

/** Builds a copy of the course after `breakIt` has changed it; returns the build's output. */
async function buildBroken(breakIt: (dir: string) => void): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'broken-course-'));
  try {
    for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'locales', 'public']) {
      cpSync(join(root, part), join(dir, part), { recursive: true, filter: (path) => !pseudo.test(path) });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    edit(dir, 'content/course.json', (t) => t.replace(/\n\s*"pseudoLocale": "[^"]*",/, ''));
    breakIt(dir);
    try {
      const { stdout, stderr } = await promisify(execFile)(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { ok: false, output: stdout + stderr };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

describe('broken content fails the build', { timeout: 120_000 }, () => {
  it('names the file and the field of a lesson missing its title', async () => {
    const { ok, output } = await buildBroken((dir) =>
      edit(dir, 'content/lessons/en/who-are-your-customers.mdx', (t) => t.replace(/^title: .*$/m, '')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/en\/who-are-your-customers/);
    expect(output).toMatch(/title/);
  });

  // The checks across files report every problem at once: one broken build shows two.
  describe('across files', () => {
    let build: Promise<{ ok: boolean; output: string }>;
    beforeAll(() => {
      build = buildBroken((dir) => {
        edit(dir, 'content/lessons/es/who-are-your-customers.mdx', (t) => t.replace('id="who-serves-whom"', 'id="no-such-question"'));
        rmSync(join(dir, 'content/lessons/cs/service-is-everyones-job.mdx'));
        edit(dir, 'content/scenarios/it/clarification-request.json', (t) => t.replace('"speaker": "kofi"', '"speaker": "koffi"'));
      });
    });

    it('names the lesson that places an unknown question', async () => {
      const { ok, output } = await build;
      expect(ok).toBe(false);
      expect(output).toContain('content/lessons/es/who-are-your-customers.mdx: <Question id="no-such-question">');
    });

    it('names the lesson a locale is missing', async () => {
      const { ok, output } = await build;
      expect(ok).toBe(false);
      expect(output).toContain('content/lessons/cs/service-is-everyones-job.mdx is missing');
    });

    it('names the scenario, scene and field of a speaker who is not in the cast', async () => {
      const { ok, output } = await build;
      expect(ok).toBe(false);
      expect(output).toContain('content/scenarios/it/clarification-request.json: field `scenes[3].speaker` is "koffi", who is not in content/cast.json');
    });
  });
});
