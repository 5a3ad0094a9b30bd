// Every zip as an LMS administrator would upload it: named for its edition and language,
// a manifest that validates, and exactly the files the manifest lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { workshopPath } from '../../src/course/paths.ts';
import { course } from '../../src/course/config.ts';
import { validateManifest } from '../../scorm/validate-manifest.ts';
import { builtPackages, dist } from '../support/preview.ts';

const packages = builtPackages();

describe('SCORM packages', () => {
  it('are one per edition for each locale and for all locales', () => {
    const expected = ['all', ...course.locales].flatMap((l) => ['scorm12', 'scorm2004'].map((e) => `${course.id}-${l}-${e}.zip`));
    expect(packages.map((p) => p.name).sort()).toEqual(expected.sort());
  });

  describe.each(packages)('$name', (pkg) => {
    const files = unzipSync(readFileSync(join(dist, 'packages', pkg.name)));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);

    it('has a manifest valid against the ADL/IMS schemas and SCORM rules', () => {
      expect(validateManifest(manifest, pkg.edition)).toEqual({ valid: true, errors: [] });
    });

    it('lists every file it holds, and holds every file it lists', () => {
      const held = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'));
      expect([...listed].sort()).toEqual(held.sort());
      expect(new Set(listed).size).toBe(listed.length);
    });

    it('launches its own language, and carries only the lessons it offers', () => {
      const launch = /adlcp:scorm[tT]ype="sco" href="([^"]+)"/.exec(manifest)?.[1];
      expect(launch).toBe(pkg.locale === 'all' ? 'index.html' : `start-${pkg.locale}.html`);
      expect(files[launch!]).toBeDefined();
      const lessonLocales = new Set(listed.map((f) => f!.split('/')[0]).filter((top) => course.locales.includes(top!)));
      expect([...lessonLocales].sort()).toEqual(pkg.locale === 'all' ? [...course.locales].sort() : [pkg.locale]);
    });

    it('carries the workshop mode of each language it offers: index, rooms, presenter views and guide', () => {
      for (const locale of pkg.locale === 'all' ? course.locales : [pkg.locale]) {
        for (const path of [workshopPath.index(locale), workshopPath.guide(locale), workshopPath.room(locale, 'payroll-cutoff'), workshopPath.presenter(locale, 'payroll-cutoff')]) {
          expect(files[path], path).toBeDefined();
        }
      }
    });

    it(`uses the course's pass mark of ${course.passingScorePercent} %`, () => {
      expect(manifest).toContain(
        pkg.edition === 'scorm12'
          ? `<adlcp:masteryscore>${course.passingScorePercent}</adlcp:masteryscore>`
          : `<imsss:minNormalizedMeasure>${(course.passingScorePercent / 100).toFixed(2)}</imsss:minNormalizedMeasure>`,
      );
    });
  });
});
