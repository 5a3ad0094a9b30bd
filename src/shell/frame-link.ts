// Runs in a lesson page that has activities: mirrors the learner's work with the shell that
// owns it. Outside a shell (a page opened on its own) it stays on the page.
import { $answers, $chain, $paths, $restored, $standing, $test, $typedName } from '../state/learner.ts';
import type { AnswerDetail, LessonMessage, ShellMessage } from './messages.ts';

/**
 * The shell's state message, by its shape only: the shell checked every value when it read
 * it from storage or from a lesson, and a same-origin parent needs no guarding against.
 * Deeper checks would load the shell's validators into every lesson page.
 */
function isShellMessage(x: unknown): x is ShellMessage {
  const m = x as Partial<ShellMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.channel === 'course-shell' &&
    m.type === 'state' &&
    typeof m.answers === 'object' &&
    typeof m.paths === 'object' &&
    Array.isArray(m.chain?.suppliers) &&
    Array.isArray(m.chain?.customers) &&
    typeof m.standing === 'object'
  );
}

if (window.parent !== window) {
  const shell = window.parent;
  const post = (message: LessonMessage) => shell.postMessage(message, location.origin);
  let restoring = false;

  // For the LMS report: how long each answer took, and the question in the learner's words.
  let since = performance.now();
  const elapsed = () => {
    const ms = Math.round(performance.now() - since);
    since = performance.now();
    return ms;
  };
  const detail = (questionId: string, latencyMs = elapsed()): AnswerDetail => ({
    description: document.getElementById(`${questionId}-prompt`)?.textContent?.trim(),
    latencyMs,
  });
  const testLatency: Record<string, number> = {};

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== shell || !isShellMessage(event.data)) return;
    restoring = true;
    $answers.set({ ...event.data.answers });
    $paths.set({ ...event.data.paths });
    $test.set(event.data.test);
    $chain.set(event.data.chain);
    $standing.set(event.data.standing);
    if (!event.data.standing.nameFromLms) $typedName.set(event.data.standing.name);
    restoring = false;
    $restored.set(true);
  });
  // A page framed by something other than the course shell gets no answer: carry on alone.
  window.setTimeout(() => $restored.set(true), 2000);

  $answers.listen((answers, _old, questionId) => {
    const response = questionId === undefined ? undefined : answers[questionId];
    if (!restoring && questionId !== undefined && response !== undefined) {
      post({ channel: 'course-lesson', type: 'answer', questionId, response, ...detail(questionId) });
    }
  });

  $paths.listen((paths, _old, scenarioId) => {
    const choices = scenarioId === undefined ? undefined : paths[scenarioId];
    if (!restoring && scenarioId !== undefined && choices !== undefined) {
      post({ channel: 'course-lesson', type: 'path', scenarioId, choices, latencyMs: elapsed() });
    }
  });

  $test.listen((test, old) => {
    if (restoring || !test) return;
    const { draw, answers, score } = test.attempt;
    for (const id of draw) if (answers[id] !== old?.attempt.answers[id]) testLatency[id] = elapsed();
    const submitted = score !== undefined && old?.attempt.score === undefined;
    const details = submitted ? Object.fromEntries(draw.map((id) => [id, detail(id, testLatency[id])])) : undefined;
    post({ channel: 'course-lesson', type: 'test', test, ...(details && { details }) });
  });

  $chain.listen((chain) => {
    if (!restoring) post({ channel: 'course-lesson', type: 'chain', chain });
  });

  $typedName.listen((name) => {
    if (!restoring) post({ channel: 'course-lesson', type: 'name', name });
  });

  post({ channel: 'course-lesson', type: 'hello' });
} else {
  $restored.set(true);
}
