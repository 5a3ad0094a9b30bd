import { describe, expect, it } from 'vitest';
import { manifestXml, type ManifestInput, type ScormEdition } from '../../scorm/manifest.ts';
import { planPackages } from '../../scorm/plan.ts';
import { launchData } from '../../scorm/preview/page/record.ts';
import { validateManifest } from '../../scorm/validate-manifest.ts';

const input = (edition: ScormEdition): ManifestInput => ({
  edition,
  identifier: 'course-cs',
  version: '1.0.0',
  title: 'Interní zákazník & služby <test>',
  launch: 'start-cs.html',
  files: ['start-cs.html', 'cs/lesson.html', 'assets/app.js'],
  schemaFiles: ['a.xsd'],
  passingScorePercent: 80,
});

describe('manifests', () => {
  it('writes SCORM 1.2 with scormtype and masteryscore, valid against the XSDs', () => {
    const xml = manifestXml(input('scorm12'));
    expect(xml).toContain('adlcp:scormtype="sco" href="start-cs.html"');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('Interní zákazník &amp; služby &lt;test&gt;');
    expect(validateManifest(xml, 'scorm12')).toEqual({ valid: true, errors: [] });
  });

  it('writes SCORM 2004 4th edition with scormType and the passing score, valid against the XSDs', () => {
    const xml = manifestXml(input('scorm2004'));
    expect(xml).toContain('adlcp:scormType="sco" href="start-cs.html"');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
    expect(validateManifest(xml, 'scorm2004')).toEqual({ valid: true, errors: [] });
  });

  // "schema": only the XSDs of the adlcp/imsss namespaces catch it, so this proves the
  // wrapper schema loads them; "rule": the XSDs allow it and our SCORM rules must catch it.
  it.each<[ScormEdition, string, string, 'schema' | 'rule']>([
    ['scorm12', 'adlcp:scormtype="sco" href', 'adlcp:scormtype="lesson" href', 'schema'],
    ['scorm2004', '<imsss:minNormalizedMeasure>0.80', '<imsss:minNormalizedMeasure>1.80', 'schema'],
    ['scorm2004', '<imsss:objectives>', '<imsss:goals>', 'schema'],
    ['scorm12', '<adlcp:masteryscore>80</adlcp:masteryscore>', '<adlcp:masteryscore>eighty</adlcp:masteryscore>', 'rule'],
    ['scorm2004', 'adlcp:scormType="sco"', 'adlcp:scormtype="sco"', 'rule'],
    ['scorm2004', '<organizations default="course">', '<organizations>', 'rule'],
  ])('rejects a broken %s manifest (%s → %s) by %s', (edition, good, bad, by) => {
    const xml = manifestXml(input(edition));
    expect(xml).toContain(good);
    const result = validateManifest(xml.replace(good, bad), edition);
    expect(result.valid).toBe(false);
    const lineNumbered = result.errors.some((e) => /^imsmanifest\.xml:\d+:/.test(e));
    expect(lineNumbered).toBe(by === 'schema');
  });
});

describe('planPackages', () => {
  const built = ['index.html', 'start-en.html', 'start-cs.html', 'en/a.html', 'cs/a.html', 'assets/x.js', 'favicon.png'];
  const launch = (locale?: string) => (locale ? `start-${locale}.html` : 'index.html');
  const plans = planPackages('course', ['en', 'cs'], built, launch);

  it('makes both editions for all locales and for each one', () => {
    expect(plans.map((p) => p.name)).toEqual([
      'course-all-scorm12.zip',
      'course-all-scorm2004.zip',
      'course-en-scorm12.zip',
      'course-en-scorm2004.zip',
      'course-cs-scorm12.zip',
      'course-cs-scorm2004.zip',
    ]);
  });

  it('puts one launch page and only its own lessons in a single-language package', () => {
    expect(plans.find((p) => p.name === 'course-cs-scorm12.zip')).toMatchObject({
      launch: 'start-cs.html',
      files: ['assets/x.js', 'cs/a.html', 'favicon.png', 'start-cs.html'],
    });
    expect(plans[0]).toMatchObject({
      launch: 'index.html',
      files: ['assets/x.js', 'cs/a.html', 'en/a.html', 'favicon.png', 'index.html'],
    });
  });
});

describe('preview LMS launch data', () => {
  const learner = { id: 'l1', name: 'Doe, Jo', language: 'cs' };
  it('resumes after a suspend exit with what the LMS kept', () => {
    const kept = { core: { exit: 'suspend', lesson_location: 'two', lesson_status: 'incomplete', score: { raw: '' } }, suspend_data: '{"v":1}' };
    expect(launchData('scorm12', learner, kept)).toEqual({
      resumed: true,
      held: { mode: 'normal', status: 'incomplete' },
      data: {
        student_preference: { language: 'cs' },
        suspend_data: '{"v":1}',
        core: { student_id: 'l1', student_name: 'Doe, Jo', entry: 'resume', lesson_mode: 'normal', credit: 'credit', lesson_location: 'two', lesson_status: 'incomplete' },
      },
    });
  });
  it('starts a new attempt after a normal exit', () => {
    const kept = { exit: 'normal', suspend_data: '{"v":1}', completion_status: 'completed' };
    expect(launchData('scorm2004', { ...learner, language: '' }, kept)).toEqual({
      resumed: false,
      held: {},
      data: { learner_id: 'l1', learner_name: 'Doe, Jo', entry: 'ab-initio' },
    });
  });
  it('reopens a finished attempt in review mode when told to, its data only if the course suspended', () => {
    const finished = { completion_status: 'completed', success_status: 'passed', score: { raw: '90' } };
    const review = { reviewFinished: true };
    expect(launchData('scorm2004', learner, { ...finished, exit: 'normal', suspend_data: 'x' }, review)).toMatchObject({
      resumed: false,
      held: { mode: 'review', status: 'completed', success: 'passed', score: 90 },
      data: { mode: 'review', credit: 'no-credit', completion_status: 'completed' },
    });
    expect(launchData('scorm2004', learner, { ...finished, exit: 'normal', suspend_data: 'x' }, review).data).not.toHaveProperty('suspend_data');
    expect(launchData('scorm12', learner, { core: { lesson_status: 'passed', exit: 'suspend', score: { raw: '90' } }, suspend_data: 'x' }, review)).toMatchObject({
      resumed: true,
      held: { mode: 'review', status: 'passed', score: 90 },
      data: { suspend_data: 'x', core: { lesson_mode: 'review', entry: 'resume' } },
    });
  });
});
