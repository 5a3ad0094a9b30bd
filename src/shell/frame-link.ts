// Runs in a lesson page that has questions: mirrors its answers with the shell that owns
// the learner's state. Outside a shell (a page opened on its own) answers stay on the page.
import { $answers } from '../state/learner.ts';
import { isShellMessage, type LessonMessage } from './messages.ts';

if (window.parent !== window) {
  const shell = window.parent;
  const post = (message: LessonMessage) => shell.postMessage(message, location.origin);
  let restoring = false;

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== shell || !isShellMessage(event.data)) return;
    restoring = true;
    $answers.set({ ...event.data.answers });
    restoring = false;
  });

  $answers.listen((answers, _old, questionId) => {
    const response = questionId === undefined ? undefined : answers[questionId];
    if (!restoring && questionId !== undefined && response !== undefined) {
      post({ channel: 'course-lesson', type: 'answer', questionId, response });
    }
  });

  post({ channel: 'course-lesson', type: 'hello' });
}
