// Printing from the launch page prints the lesson, not the page around it. The browser prints
// the top page, where the lesson is a frame as tall as the screen: one page, cut short, under
// the course's bar and buttons.
// - Ctrl+P (⌘P), in the shell or in the lesson, prints the lesson's own document, with its own
//   print styles and page breaks.
// - The browser's menu cannot be sent elsewhere: for it, the shell's print styles
//   (src/styles/global.css) leave only the frame, made as tall as the whole lesson.

/** The narrowest page a learner is likely to print on: A4 upright, less Chromium's default margins. */
const NARROWEST_PAGE_PX = 718;

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Ctrl+P, or ⌘P on a Mac, with Caps Lock on or off; not Ctrl+Shift+P (a private window in Firefox). */
export const isPrintShortcut = (event: Keys): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';

export function printLessonFromShell(win: Window, frame: HTMLIFrameElement): void {
  const printLesson = (event: KeyboardEvent) => {
    if (!isPrintShortcut(event) || !frame.contentWindow) return;
    event.preventDefault();
    frame.contentWindow.print();
  };
  win.document.addEventListener('keydown', printLesson);
  // Lesson pages carry no script of their own for this: the shell listens in each one it shows.
  frame.addEventListener('load', () => frame.contentDocument?.addEventListener('keydown', printLesson));

  win.addEventListener('beforeprint', () => {
    const lesson = frame.contentDocument;
    const main = lesson?.querySelector('main');
    if (!lesson || !main) return;
    // The lesson's content as it prints: its print rules applied for a moment, without the
    // screen's room around it (paper has margins), at the narrowest page so that no wider one
    // cuts its end. Twice: lengths in viewport units change once the frame is that tall.
    const content = lesson.createRange();
    content.selectNodeContents(main);
    const printRules = [...lesson.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => 'media' in rule && (rule as CSSMediaRule).media.mediaText === 'print');
    for (const rule of printRules) rule.media.mediaText = 'all';
    frame.style.width = `${NARROWEST_PAGE_PX}px`;
    for (let i = 0; i < 2; i++) frame.style.height = `${Math.ceil(content.getBoundingClientRect().height)}px`;
    frame.style.width = '';
    for (const rule of printRules) rule.media.mediaText = 'print';
  });
  win.addEventListener('afterprint', () => frame.style.removeProperty('height'));
}
