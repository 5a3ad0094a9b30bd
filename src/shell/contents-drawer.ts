// The contents as a drawer, where the screen has no room for them beside the lesson: a modal
// dialog that the menu button opens. Focus goes to the current lesson, stays inside while it
// is open (the rest of the page is inert), and returns to the menu button when it closes
// (Escape, the close button, the backdrop, or a lesson or language chosen).
// On a large screen the contents are a sidebar and the menu button is not shown (CSS decides:
// src/styles/global.css), and none of this applies.

const FOCUSABLE = 'a[href], button:not([disabled])';

export function contentsDrawer(doc: Document, win: Window): void {
  const byId = (id: string) => doc.getElementById(id) as HTMLElement;
  const toggle = byId('contents-toggle') as HTMLButtonElement;
  const panel = byId('contents-panel');
  const backdrop = byId('contents-backdrop');
  /** Everything the learner may not reach while the drawer is open. */
  const behind = [byId('skip-link'), doc.querySelector<HTMLElement>('.shell-bar')!, byId('stage'), byId('status')];
  const isOpen = () => panel.classList.contains('is-open');

  const open = () => {
    panel.classList.add('is-open');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    panel.setAttribute('aria-labelledby', 'contents-heading');
    backdrop.hidden = false;
    for (const el of behind) el.inert = true;
    toggle.setAttribute('aria-expanded', 'true');
    (panel.querySelector<HTMLElement>('#contents a[aria-current]') ?? byId('contents-close')).focus();
  };

  const close = () => {
    if (!isOpen()) return;
    panel.classList.remove('is-open');
    for (const name of ['role', 'aria-modal', 'aria-labelledby']) panel.removeAttribute(name);
    backdrop.hidden = true;
    for (const el of behind) el.inert = false;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  };

  toggle.addEventListener('click', () => (isOpen() ? close() : open()));
  // A screen turned or widened into sidebar room: the drawer has nothing left to cover.
  win.addEventListener('resize', () => {
    if (isOpen() && toggle.offsetParent === null) close();
  });
  byId('contents-close').addEventListener('click', close);
  backdrop.addEventListener('click', close);
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[target="lesson"]')) close();
  });
  panel.addEventListener('keydown', (event) => {
    if (!isOpen()) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    // Round and round inside the drawer: past the last control to the first, and back.
    const controls = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = controls[0];
    const last = controls.at(-1);
    if (event.shiftKey && doc.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && doc.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
}
