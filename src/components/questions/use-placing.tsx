// Pointer and touch for the activities that place cards: tap a card then a place, or drag
// the card onto the place. Native Pointer Events, so mouse, touch and pen share one path.
// The keyboard keeps its own complete path (buttons, radios, drop-downs); this only adds to it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { announcement, cancel, isDrag, tapCard, tapPlace, type Held, type Step } from './placing.ts';
import type { QuestionStrings } from './strings.ts';

interface Options {
  strings: QuestionStrings;
  /** The words of a card, for what is announced and shown in hand. */
  cardText(card: string): string;
  /** Puts `card` on `place` and returns what to announce. */
  place(card: string, place: string): string;
}

interface Press {
  card: string;
  x: number;
  y: number;
  /** The page's scroll at the press: the card follows the pointer while the page scrolls under it. */
  scrollY: number;
  element: HTMLElement;
  dragging: boolean;
}

/** A tap on these does what it always does: it neither picks nor places (a label of a place does place). */
const ownControl = (event: Event, controls = 'input, select, button, label, a') => (event.target as Element).closest(controls) !== null;

/** The place under the pointer, looking through the card being dragged. */
function placeAt(x: number, y: number, dragged: Element): string | undefined {
  const under = document.elementsFromPoint(x, y).find((e) => !dragged.contains(e));
  return under?.closest<HTMLElement | SVGElement>('[data-place]')?.dataset.place;
}

export function usePlacing({ strings, cardText, place }: Options) {
  const [held, setHeld] = useState<Held>(undefined);
  const [dragging, setDragging] = useState(false);
  const [over, setOver] = useState<string | undefined>(undefined);
  const [said, setAnnouncement] = useState('');
  const press = useRef<Press | undefined>(undefined);
  /** A drag ends with a click on whatever is under the pointer: that click is not a tap. */
  const dragEnded = useRef(false);

  const apply = (step: Step) => {
    setHeld(step.held);
    if (step.placed) setAnnouncement(place(step.placed.card, step.placed.place));
    else if (step.dropped) setAnnouncement(announcement(strings.putBack, { item: cardText(step.dropped) }));
    else if (step.held !== undefined) setAnnouncement(announcement(strings.picked, { item: cardText(step.held) }));
  };

  // Escape puts back what is in hand. Listening from the start, not from the pick: an effect
  // runs after paint, and a quick Escape would come before it.
  const escape = useRef<() => void>(() => undefined);
  escape.current = () => held !== undefined && apply(cancel(held));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && escape.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const endPress = () => {
    const now = press.current;
    press.current = undefined;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    if (now?.dragging) now.element.style.transform = '';
    setDragging(false);
    setOver(undefined);
    return now;
  };
  const onMove = (event: PointerEvent) => {
    const now = press.current;
    if (!now) return;
    if (!now.dragging) {
      if (!isDrag(now, { x: event.clientX, y: event.clientY })) return;
      now.dragging = true;
      setDragging(true);
      apply(tapCard(undefined, now.card));
    }
    event.preventDefault();
    const target = placeAt(event.clientX, event.clientY, now.element);
    // Near the top or bottom of the screen, and over no place, the page scrolls to bring the places in reach.
    const edge = Math.min(48, window.innerHeight / 8);
    const by = target !== undefined ? 0 : event.clientY < edge ? -16 : event.clientY > window.innerHeight - edge ? 16 : 0;
    if (by) window.scrollBy({ top: by, behavior: 'instant' });
    now.element.style.transform = `translate(${event.clientX - now.x}px, ${event.clientY - now.y + window.scrollY - now.scrollY}px)`;
    setOver(target);
  };
  const onUp = (event: PointerEvent) => {
    const now = endPress();
    if (!now?.dragging) return;
    dragEnded.current = true;
    window.setTimeout(() => (dragEnded.current = false));
    const target = placeAt(event.clientX, event.clientY, now.element);
    // A card and a place may share an id (a match and its item): that is a placing too.
    apply(target === undefined ? cancel(now.card) : tapPlace(now.card, target));
  };
  const onCancel = () => {
    const now = endPress();
    if (now?.dragging) apply(cancel(now.card));
  };

  /** Props for a card the learner can pick up. On touch, only its grip drags: the rest of it scrolls the page. */
  const card = (id: string) => ({
    'data-card': id,
    'data-held': held === id ? '' : undefined,
    'data-dragging': held === id && dragging ? '' : undefined,
    onPointerDown(event: PointerEvent) {
      if (event.button !== 0 || ownControl(event) || press.current) return;
      if (event.pointerType === 'touch' && !(event.target as Element).closest('.placing-grip')) return;
      press.current = { card: id, x: event.clientX, y: event.clientY, scrollY: window.scrollY, element: event.currentTarget as HTMLElement, dragging: false };
      window.addEventListener('pointermove', onMove, { passive: false });
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
    },
    onClick(event: MouseEvent) {
      if (dragEnded.current || ownControl(event)) return;
      // A card that is also a place (an ordering item) takes the card in hand.
      const target = (event.currentTarget as HTMLElement).dataset.place;
      apply(held !== undefined && held !== id && target !== undefined ? tapPlace(held, target) : tapCard(held, id));
    },
  });

  /** Props for a place a card can be put on. */
  const placeFor = (id: string) => ({
    'data-place': id,
    'data-over': over === id ? '' : undefined,
    onClick(event: MouseEvent) {
      if (dragEnded.current || held === undefined || ownControl(event, 'input, select, button, a') || (event.currentTarget as HTMLElement).dataset.card) return;
      event.preventDefault();
      apply(tapPlace(held, id));
    },
  });

  return {
    held,
    card,
    place: placeFor,
    /** Say something in the activity's live region (the keyboard's moves use it too). */
    announce: setAnnouncement,
    /** The activity's one live region. */
    live: (
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    ),
    /** What is in hand stays in view while the learner chooses where it goes (sticky at the bottom on a phone). */
    tray: (children?: ComponentChildren) => (
      <div class="placing-tray" data-holding={held !== undefined ? '' : undefined}>
        {held !== undefined && !dragging && (
          <p class="placing-hand">
            <span>{strings.holding}</span> <strong>{cardText(held)}</strong>
            <button type="button" class="placing-put-back" onClick={() => apply(cancel(held))}>
              {strings.putBackButton}
            </button>
          </p>
        )}
        {children}
      </div>
    ),
  };
}
