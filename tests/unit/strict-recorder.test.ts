// The preview LMS's strict recorder: it must catch what scorm-again lets through.
import { describe, expect, it } from 'vitest';
import { strictRecorder } from '../../scorm/preview/page/strict.ts';

const set = (element: string, value: string) => ({ name: 'SetValue', element, value }) as const;

describe('strictRecorder', () => {
  it('allows one session: Initialize once, nothing after Terminate', () => {
    const check = strictRecorder('scorm2004');
    expect(check({ name: 'Commit' })).toEqual(['Commit called before Initialize']);
    expect(check({ name: 'Initialize' })).toEqual([]);
    expect(check({ name: 'Initialize' })).toEqual(['Initialize called again (twice)']);
    expect(check({ name: 'Terminate' })).toEqual([]);
    expect(check({ name: 'Terminate' })).toEqual(['Terminate called after Terminate']);
  });

  it('holds SCORM 1.2 to its own limits and vocabularies', () => {
    const check = strictRecorder('scorm12');
    check({ name: 'Initialize' });
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

  it('holds SCORM 2004 to its formats', () => {
    const check = strictRecorder('scorm2004');
    check({ name: 'Initialize' });
    expect(check(set('cmi.score.raw', '80'))).toEqual([]);
    expect(check(set('cmi.success_status', 'passed'))).toEqual([]);
    expect(check(set('cmi.interactions.0.type', 'matching'))).toEqual([]);
    expect(check(set('cmi.interactions.0.learner_response', 'manual[.]packaging[,]credit[.]sales'))).toEqual([]);
    expect(check(set('cmi.interactions.0.learner_response', 'manual.packaging'))).toHaveLength(1);
    expect(check(set('cmi.interactions.0.timestamp', '2026-11-23T09:05:07.12Z'))).toEqual([]);
    expect(check(set('cmi.interactions.0.description', `{lang=cs}${'ř'.repeat(251)}`))).toHaveLength(1);
    expect(check(set('cmi.progress_measure', '1.5'))).toHaveLength(1);
  });
});
