// After `astro build`: writes one SCORM 1.2 and one SCORM 2004 zip per locale and for all
// locales into dist/packages/, each manifest validated against the schemas before writing.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { course } from '../src/course/config.ts';
import { shellPath } from '../src/course/paths.ts';
import { manifestXml } from './manifest.ts';
import { planPackages, type PackagePlan } from './plan.ts';
import { schemaDir, validateManifest } from './validate-manifest.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(dist, 'packages');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}

function courseTitle(locale: string | undefined): string {
  const strings = JSON.parse(readFileSync(join(root, 'locales', locale ?? course.sourceLocale, 'ui.json'), 'utf8'));
  return String(strings['course.title']);
}

// A fixed date keeps the zips byte-for-byte the same from one build to the next.
const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

function writePackage(plan: PackagePlan): number {
  const schemas = readdirSync(schemaDir(plan.edition));
  const xml = manifestXml({
    edition: plan.edition,
    identifier: plan.name.replace(/\.zip$/, ''),
    version: course.version,
    title: courseTitle(plan.locale),
    launch: plan.launch,
    files: plan.files,
    schemaFiles: schemas,
    passingScorePercent: course.passingScorePercent,
  });
  const check = validateManifest(xml, plan.edition);
  if (!check.valid) throw new Error(`${plan.name}: imsmanifest.xml does not validate:\n  ${check.errors.join('\n  ')}`);

  const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(xml), { mtime: FIXED_TIME }] };
  for (const file of schemas) entries[file] = [readFileSync(join(schemaDir(plan.edition), file)), { mtime: FIXED_TIME }];
  for (const file of plan.files) entries[file] = [readFileSync(join(dist, file)), { mtime: FIXED_TIME }];
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(join(out, plan.name), zip);
  return zip.length;
}

const started = performance.now();
rmSync(out, { recursive: true, force: true });
const built = filesUnder(dist);
mkdirSync(out);
const plans = planPackages(course.id, course.locales, built, shellPath, course.pseudoLocale ? [course.pseudoLocale] : []);
const index = plans.map((plan) => ({
  name: plan.name,
  edition: plan.edition,
  locale: plan.locale ?? 'all',
  launch: plan.launch,
  bytes: writePackage(plan),
}));
writeFileSync(join(out, 'packages.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(
  `packages: ${index.length} zips in ${relative(root, out)}/, manifests valid (${Math.round(performance.now() - started)} ms)`,
);
