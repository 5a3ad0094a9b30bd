// Runs in a lesson page that has questions or scenarios: mirrors the learner's work with
// the shell that owns it. Outside a shell (a page opened on its own) it stays on the page.
import { $answers, $paths } from '../state/learner.ts';
import { isShellMessage, type LessonMessage } from './messages.ts';

if (window.parent !== window) {
  const shell = window.parent;
  const post = (message: LessonMessage) => shell.postMessage(message, location.origin);
  let restoring = false;

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== shell || !isShellMessage(event.data)) return;
    restoring = true;
    $answers.set({ ...event.data.answers });
    $paths.set({ ...event.data.paths });
    restoring = false;
  });

  $answers.listen((answers, _old, questionId) => {
    const response = questionId === undefined ? undefined : answers[questionId];
    if (!restoring && questionId !== undefined && response !== undefined) {
      post({ channel: 'course-lesson', type: 'answer', questionId, response });
    }
  });

  $paths.listen((paths, _old, scenarioId) => {
    const choices = scenarioId === undefined ? undefined : paths[scenarioId];
    if (!restoring && scenarioId !== undefined && choices !== undefined) {
      post({ channel: 'course-lesson', type: 'path', scenarioId, choices });
    }
  });

  post({ channel: 'course-lesson', type: 'hello' });
}
