// `npm run bench`: build time, what each kind of page ships, each package's size, and how the
// course commits to an LMS, a slow one included, and Lighthouse's mobile scores. A report, not a test: it prints and writes
// bench/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { course } from '../../src/course/config.ts';
import { certificatePath, shellPath, workshopPath } from '../../src/course/paths.ts';
import { encodeSnapshot } from '../../src/state/snapshot.ts';
import { worstCaseSnapshot } from '../support/worst-case.ts';
import { budget, packageBudget, type PackageSize } from './budget.ts';
import { commitFigures } from './commit-runs.ts';
import { lighthouseFigures } from './lighthouse.ts';
import { fontWeight, kb, lessonPages, pageWeight, type PageWeight } from './measure.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const started = performance.now();
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

const source = course.sourceLocale;
const lessons = lessonPages(dist, source).map((page) => pageWeight(dist, page));
const weights: Record<string, PageWeight> = {
  'launch page (shell)': pageWeight(dist, shellPath()),
  ...Object.fromEntries(lessons.map((w) => [`${w.page} (${w.islands} island${w.islands === 1 ? '' : 's'})`, w])),
  certificate: pageWeight(dist, certificatePath(source)),
  'workshop index': pageWeight(dist, workshopPath.index(source)),
  'workshop room (payroll-cutoff)': pageWeight(dist, workshopPath.room(source, 'payroll-cutoff')),
  'workshop presenter view': pageWeight(dist, workshopPath.presenter(source, 'payroll-cutoff')),
  'facilitator guide': pageWeight(dist, workshopPath.guide(source)),
};
const packages: PackageSize[] = JSON.parse(readFileSync(join(dist, 'packages/packages.json'), 'utf8'));

console.log(`\nBuild (astro + packages): ${buildSeconds.toFixed(1)} s\n`);
console.log(`${'Per page'.padEnd(44)}   JS raw   JS gzip   CSS raw  CSS gzip`);
for (const [kind, w] of Object.entries(weights)) {
  console.log(
    `${kind.padEnd(44)} ${[w.js.raw, w.js.gzip, w.css.raw, w.css.gzip].map((b) => kb(b).padStart(9)).join(' ')}`,
  );
}
console.log('\nBudgets');
const checks = [
  ...budget(lessons, { launchPage: weights['launch page (shell)']!, workshopRoom: weights['workshop room (payroll-cutoff)']!, certificate: weights.certificate! }, fontWeight(dist)),
  ...packageBudget(packages),
];
for (const check of checks) console.log(`  ${check.ok ? 'ok  ' : 'OVER'} ${check.name}: ${check.actual} (limit ${check.limit})`);
const suspendData = encodeSnapshot(worstCaseSnapshot()).length;
console.log(`  ${suspendData <= 4096 ? 'ok  ' : 'OVER'} suspend_data, worst-case learner state: ${suspendData} characters (limit 4,096, SCORM 1.2)`);
console.log('\nPackages');
for (const p of packages) console.log(`  ${p.name.padEnd(48)} ${kb(p.bytes).padStart(9)}`);

console.log('\nLMS commits: a complete run in the preview LMS (en), plain LMS against one whose Commit takes 1.5 s');
const commits = await commitFigures();
for (const c of commits) {
  console.log(
    `  ${c.slowdown <= 1.2 ? 'ok  ' : 'OVER'} ${c.edition.padEnd(10)} learner ${c.learner.padEnd(24)} plain ${c.plain.seconds.toFixed(1).padStart(5)} s, ${c.plain.commits} Commits   1.5 s Commit ${c.slow.seconds.toFixed(1).padStart(5)} s, ${c.slow.commits} Commits   slowdown ${c.slowdown.toFixed(2)}× (limit 1.2×)`,
  );
}
console.log('  (Commits counted to the end of the session; closing takes no Commit: Terminate stores what was written.)');

console.log('\nLighthouse, mobile (aim: 100 and 100; a point of performance comes and goes with the machine)');
const lighthouse = await lighthouseFigures();
for (const l of lighthouse) {
  const ok = l.performance === 100 && l.accessibility === 100 && l.cls < 0.05;
  console.log(`  ${ok ? 'ok  ' : 'LOW '} ${l.page.padEnd(40)} performance ${String(l.performance).padStart(3)} (runs ${l.performanceRuns.join(' ')})   accessibility ${String(l.accessibility).padStart(3)}   layout shift ${l.cls}`);
}
console.log(`  (this machine's Lighthouse benchmark index: ${lighthouse[0]?.benchmarkIndex}; below about 1,000 the simulated phone is slower than Lighthouse assumes)`);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ buildSeconds: Number(buildSeconds.toFixed(2)), pages: weights, budgets: checks, worstCaseSuspendData: suspendData, packages, commits, lighthouse }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
