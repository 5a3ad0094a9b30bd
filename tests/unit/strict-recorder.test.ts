// The preview LMS's strict recorder and its Moodle runtime: they must catch what scorm-again lets through.
import { describe, expect, it } from 'vitest';
import { moodleRuntime } from '../../scorm/preview/page/moodle.ts';
import { strictRecorder } from '../../scorm/preview/page/strict.ts';

const set = (element: string, value: string) => ({ name: 'SetValue', element, value }) as const;
const start = { name: 'Initialize', running: true } as const;

describe('strictRecorder', () => {
  it('allows one session: Initialize once, nothing after Terminate', () => {
    const check = strictRecorder('scorm2004');
    expect(check({ name: 'Commit' })).toEqual(['Commit called before Initialize']);
    expect(check(start)).toEqual([]);
    expect(check(start)).toEqual(['Initialize called again (twice)']);
    expect(check({ name: 'Terminate' })).toEqual([]);
    expect(check({ name: 'Terminate' })).toEqual(['Terminate called after Terminate']);
  });

  it('counts every call after a refused Initialize as outside a session', () => {
    const check = strictRecorder('scorm12');
    expect(check({ name: 'Initialize', running: false })).toEqual([]);
    expect(check({ name: 'GetValue', element: 'cmi.core.lesson_status' })).toEqual(['GetValue called before Initialize']);
  });

  it('holds SCORM 1.2 to its own limits and vocabularies', () => {
    const check = strictRecorder('scorm12');
    check(start);
    expect(check(set('cmi.suspend_data', 'x'.repeat(4096)))).toEqual([]);
    expect(check(set('cmi.suspend_data', 'x'.repeat(4097)))).toEqual(['cmi.suspend_data: 4097 characters, over 4096']);
    expect(check(set('cmi.core.lesson_status', 'passed'))).toEqual(['cmi.core.lesson_status=passed written before cmi.core.score.raw']);
    expect(check(set('cmi.core.exit', 'normal'))).toHaveLength(1);
    expect(check(set('cmi.core.session_time', 'PT5S'))).toHaveLength(1);
    expect(check(set('cmi.interactions.0.type', 'choice'))).toEqual([]);
    expect(check(set('cmi.interactions.0.student_response', 'a,b'))).toEqual([]);
    expect(check(set('cmi.interactions.0.student_response', 'packaging'))).toHaveLength(1);
    expect(check(set('cmi.interactions.0.result', 'incorrect'))).toHaveLength(1);
  });

  it('holds SCORM 2004 to its formats, in their strictest common reading', () => {
    const check = strictRecorder('scorm2004');
    check(start);
    expect(check(set('cmi.score.raw', '80'))).toEqual([]);
    expect(check(set('cmi.success_status', 'passed'))).toEqual([]);
    expect(check(set('cmi.interactions.0.type', 'matching'))).toEqual([]);
    expect(check(set('cmi.interactions.0.learner_response', 'manual[.]packaging[,]credit[.]sales'))).toEqual([]);
    expect(check(set('cmi.interactions.0.learner_response', 'manual.packaging'))).toHaveLength(1);
    expect(check(set('cmi.interactions.0.learner_response', 'sales-rep[.]warehouse'))).toHaveLength(1);
    expect(check(set('cmi.interactions.1.id', 'payroll-cutoff.'))).toHaveLength(1);
    expect(check(set('cmi.interactions.1.type', 'numeric'))).toEqual([]);
    expect(check(set('cmi.interactions.1.learner_response', '375000'))).toHaveLength(1);
    expect(check(set('cmi.interactions.1.correct_responses.0.pattern', '[:]100'))).toHaveLength(1);
    expect(check(set('cmi.interactions.1.correct_responses.0.pattern', '99.5[:]100'))).toEqual([]);
    expect(check(set('cmi.interactions.0.timestamp', '2026-11-23T09:05:07.12Z'))).toEqual([]);
    expect(check(set('cmi.interactions.0.description', `{lang=cs}${'ř'.repeat(251)}`))).toHaveLength(1);
    expect(check(set('cmi.progress_measure', '1.5'))).toHaveLength(1);
  });

  it('lets nothing be written in review mode, and nothing the LMS holds be lowered', () => {
    const review = strictRecorder('scorm2004', { mode: 'review', status: 'completed', success: 'passed', score: 90 });
    review(start);
    expect(review(set('cmi.location', 'intro'))).toEqual(['cmi.location written in review mode, where the course must record nothing']);
    const normal = strictRecorder('scorm2004', { mode: 'normal', status: 'completed', success: 'passed', score: 90 });
    normal(start);
    expect(normal(set('cmi.completion_status', 'incomplete'))).toEqual(['cmi.completion_status=incomplete lowers what the LMS holds (completed)']);
    expect(normal(set('cmi.score.raw', '75'))).toEqual(['cmi.score.raw=75 lowers what the LMS holds (90)']);
    expect(normal(set('cmi.score.raw', '95'))).toEqual([]);
    const old = strictRecorder('scorm12', { mode: 'normal', status: 'failed' });
    old(start);
    expect(old(set('cmi.core.lesson_status', 'incomplete'))).toHaveLength(1);
    expect(old(set('cmi.core.score.raw', '90'))).toEqual([]);
    expect(old(set('cmi.core.lesson_status', 'passed'))).toEqual([]);
  });
});

describe("Moodle's runtime", () => {
  it('refuses what Moodle 5.0 refuses in SCORM 2004 interactions: hyphens in short identifiers, six-digit numbers', () => {
    const moodle = moodleRuntime('scorm2004');
    moodle('cmi.interactions.0.type', 'choice');
    expect(moodle('cmi.interactions.0.learner_response', 'sales-rep[,]warehouse')).toBe('406');
    expect(moodle('cmi.interactions.0.learner_response', 'sales_rep[,]warehouse')).toBeUndefined();
    expect(moodle('cmi.interactions.0.learner_response', 'a[,]a')).toBe('406');
    moodle('cmi.interactions.1.type', 'numeric');
    expect(moodle('cmi.interactions.1.learner_response', '375000')).toBe('406');
    expect(moodle('cmi.interactions.1.correct_responses.0.pattern', '10[:]5')).toBe('406');
    expect(moodle('cmi.interactions.1.correct_responses.0.pattern', '5[:]10')).toBeUndefined();
    expect(moodle('cmi.interactions.1.correct_responses.1.pattern', '5[:]10'), 'numeric takes one pattern').toBe('351');
    expect(moodle('cmi.score.scaled', '1.5')).toBe('407');
    expect(moodle('cmi.interactions.0.timestamp', '2026-11-23T09:05:07.12Z')).toBeUndefined();
    expect(moodle('cmi.interactions.0.timestamp', '2026-11-23T09:05:07Z')).toBe('406');
    expect(moodle('cmi.session_time', 'PT1H0S')).toBeUndefined();
  });

  it("applies Moodle's SCORM 1.2 patterns: three-digit scores from 0 to 100", () => {
    const moodle = moodleRuntime('scorm12');
    expect(moodle('cmi.core.score.raw', '100')).toBeUndefined();
    expect(moodle('cmi.core.score.raw', '1000')).toBe('406');
    expect(moodle('cmi.core.lesson_status', 'not attempted')).toBe('406');
    expect(moodle('cmi.core.session_time', '00:01:02.5')).toBeUndefined();
  });
});
