// The launch page: owns the one LMS session and the learner's state, and shows lessons in
// a same-origin frame. Lesson pages never talk to the LMS.
import { matchLocale } from '../i18n/locales.ts';
import { openSession, type Keeper } from '../lms/connect.ts';
import { keepInSync, type SaveState } from '../lms/sync.ts';
import { dayOf, minuteClock, tidyName, type Standing } from '../state/completion.ts';
import { $answers, $chain, $completedOn, $current, $locale, $paths, $test, $typedName, $visited, openLesson, record, recordAnswer, recordPath } from '../state/learner.ts';
import { courseProgress, keepHigher, neighbours, type CourseRules } from '../state/progress.ts';
import { decodeSnapshot, encodeSnapshot } from '../state/snapshot.ts';
import { renderChrome, type ChromeView } from './chrome.ts';
import { contentsDrawer } from './contents-drawer.ts';
import { readCourseMap, type LocaleMap, type ShellStrings } from './course-map.ts';
import { isLessonMessage, type ShellMessage } from './messages.ts';
import { printLessonFromShell } from './print-lesson.ts';
import { reportsFor } from './report.ts';

const map = readCourseMap(document);
const frame = document.getElementById('lesson-frame') as HTMLIFrameElement;
const localeMap = (code: string | undefined): LocaleMap =>
  map.locales.find((l) => l.code === code) ?? (map.locales[0] as LocaleMap);

const { connection, launch, keeper } = openSession(window, `course:${map.courseId}`);

/**
 * The status line: where progress is kept, quietly when all is well; a notice for all to see
 * while saving fails, in review mode, or when the LMS would not start.
 */
const STATUS: Record<Keeper, (s: ShellStrings, state: SaveState) => ChromeView['status']> = {
  lms: (s, state) => (state === 'saved' ? { text: s.savedInLms, tone: 'quiet' } : { text: s.lmsTrouble, tone: 'notice' }),
  review: (s) => ({ text: s.review, tone: 'notice' }),
  browser: (s, state) => (state === 'saved' ? { text: s.savedInBrowser, tone: 'quiet' } : { text: s.notSaved, tone: 'notice' }),
  unavailable: (s, state) => ({ text: state === 'saved' ? s.lmsUnavailable : s.notSaved, tone: 'notice' }),
};
let saveState: SaveState = 'saved';
const { snapshot, problems } = decodeSnapshot(launch.suspendData);
for (const problem of problems) console.warn(`[course] ${problem}`);

const lessonIds = map.lessons.map((l) => l.id);
const rules: CourseRules = { lessons: map.lessons, lessonDone: map.lessonDone, passMark: map.passMark, scenarios: map.grading.scenarios };
/** Every lesson's state, and the course's progress, as the learner's work stands now. */
const progressNow = () =>
  courseProgress(rules, { visited: $visited.get(), answers: $answers.get(), paths: $paths.get(), test: $test.get(), chain: $chain.get() });
/** The course's progress with what the LMS already records: a learner reopening a finished course sees it finished. */
const shownProgress = () => keepHigher(progressNow().progress, launch.held);
const minutes = minuteClock(snapshot.minutes ?? 0, Date.now());

const known = (id: string | undefined) => (id && lessonIds.includes(id) ? id : undefined);
/** The lesson the frame opens first: where the learner left off, or the beginning. */
const start = known(snapshot.current) ?? known(launch.location) ?? lessonIds[0];
$visited.set(snapshot.visited.filter((id) => known(id)));
$answers.set(snapshot.answers);
$paths.set(snapshot.paths);
$test.set(snapshot.test);
$chain.set(snapshot.chain);
$completedOn.set(snapshot.completedOn);
$typedName.set(snapshot.name ?? '');
$locale.set(
  matchLocale([snapshot.locale, launch.learnerLanguage, ...navigator.languages], map.locales.map((l) => l.code)) ??
    localeMap(undefined).code,
);

function render(): void {
  // Until the first lesson has loaded, the chrome shows the one on its way, as the page was built.
  const current = $current.get() ?? start;
  const locale = localeMap($locale.get());
  renderChrome(document, {
    locale,
    locales: map.locales,
    current,
    states: progressNow().states,
    finalTestLesson: map.lessons.find((l) => l.finalTest)?.id,
    learnerName: launch.learnerName,
    progress: shownProgress(),
    ...neighbours(lessonIds, current),
    status: STATUS[keeper](locale.strings, saveState),
  });
}
/** The day the course is first complete and passed is the certificate's date. */
function noteCompletion(): void {
  const { complete, passed } = shownProgress();
  if (complete && passed && !$completedOn.get()) $completedOn.set(dayOf(new Date()));
}

const sync = keepInSync(
  connection,
  () => ({
    suspendData: encodeSnapshot({
      locale: $locale.get(),
      current: $current.get(),
      visited: [...$visited.get()],
      answers: $answers.get(),
      paths: $paths.get(),
      test: $test.get(),
      chain: $chain.get(),
      completedOn: $completedOn.get(),
      name: $typedName.get() || undefined,
      minutes: minutes(),
    }),
    location: $current.get() ?? '',
    progress: progressNow().progress,
  }),
  window,
  (state) => {
    saveState = state;
    render();
  },
);
contentsDrawer(document, window);
/** Stores change together (a lesson opens: its language, current, visited): the chrome is drawn once for them all. */
let drawing = false;
function renderSoon(): void {
  if (drawing) return;
  drawing = true;
  queueMicrotask(() => {
    drawing = false;
    render();
  });
}
for (const store of [$locale, $current, $visited, $answers, $paths, $test, $chain]) {
  store.listen(noteCompletion);
  store.listen(renderSoon);
}
noteCompletion();
render();

/** Where the learner stands, for the pages that show it (the result, the certificate). */
function standing(): Standing {
  const progress = shownProgress();
  const { states } = progressNow();
  const completedOn = $completedOn.get();
  return {
    complete: progress.complete,
    ...(progress.passed === undefined ? {} : { passed: progress.passed, score: progress.score }),
    passMark: map.passMark,
    remaining: map.lessons.filter((l) => !l.appendix && states[l.id] !== 'done').map((l) => l.id),
    name: launch.learnerName || $typedName.get(),
    nameFromLms: launch.learnerName !== '',
    ...(completedOn ? { completedOn } : {}),
    minutes: minutes(),
  };
}

const sendState = (target: Window) => {
  const message: ShellMessage = {
    channel: 'course-shell',
    type: 'state',
    answers: $answers.get(),
    paths: $paths.get(),
    test: $test.get(),
    chain: $chain.get(),
    standing: standing(),
  };
  target.postMessage(message, location.origin);
};

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== frame.contentWindow || !isLessonMessage(event.data)) return;
  const message = event.data;
  const reports = reportsFor(message, { paths: $paths.get(), test: $test.get() }, map.grading);
  for (const { interaction, ...detail } of reports) sync.report(interaction, { ...detail, locale: $locale.get() ?? '', at: new Date() });
  if (message.type === 'hello') sendState(event.source as Window);
  else if (message.type === 'answer') recordAnswer(message.questionId, message.response);
  else if (message.type === 'path') recordPath(message.scenarioId, message.choices);
  else if (message.type === 'test') record($test, message.test);
  else if (message.type === 'chain') record($chain, message.chain);
  else record($typedName, tidyName(message.name));
});

// Every way into a lesson (contents, previous/next, language links, a reload) ends in a load
// of the frame: read which lesson and language it shows from the page itself.
let firstLoad = true;
frame.addEventListener('load', () => {
  const page = frame.contentDocument?.documentElement;
  const lessonId = known(page?.dataset.lessonId);
  if (!page || !lessonId) return;
  $locale.set(localeMap(page.lang).code);
  openLesson(lessonId);
  if (!firstLoad) frame.contentDocument?.querySelector<HTMLElement>('h1')?.focus();
  firstLoad = false;
});

printLessonFromShell(window, frame);

const first = localeMap($locale.get()).lessons.find((l) => l.id === start);
const openFirst = () => {
  if (first) frame.src = first.href;
};
// The lesson loads once the shell is on screen: frame and shell share one thread, and a lesson
// parsed first would hold back the shell's first paint. A hidden page paints nothing: at once.
if (document.visibilityState === 'hidden') openFirst();
else requestAnimationFrame(() => setTimeout(openFirst));
