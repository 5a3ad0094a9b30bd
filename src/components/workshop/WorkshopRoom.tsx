import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatPlural, interpolate } from '../../i18n/plural.ts';
import type { WorkshopData } from '../../schemas/workshop.ts';
import { resultRows, toCsv } from '../../workshop/results.ts';
import { openRoomLink, type RoomLink } from '../../workshop/room-link.ts';
import { advance, back, optionOnScreen, plannedMinutes, readSession, restart, slidesOf, startSession, vote, voteTooEarly, type Session } from '../../workshop/session.ts';
import { fitConditions, fitToStage } from './fit.ts';
import { SlideBody, slideHeading } from './SlideBody.tsx';
import type { WorkshopStrings } from './strings.ts';

interface Props {
  workshop: WorkshopData;
  strings: WorkshopStrings;
  locale: string;
  /** The projected window, or the trainer's own. */
  view: 'room' | 'presenter';
  /** Relative links: the presenter view, and the index of all workshops. */
  presenterHref: string;
  indexHref: string;
}

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** Keys that would also press a focused button: left to the button. */
const pressesButton = (event: KeyboardEvent) =>
  (event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea');

/** What is on screen: the slide and, on a decision, how much of it is revealed. */
const onScreen = (s: Session) => `${s.slide} ${s.phase}`;

/** One workshop with a room: the projected window, or the presenter view beside it. Both control it. */
export default function WorkshopRoom({ workshop, strings, locale, view, presenterHref, indexHref }: Props) {
  const slides = useMemo(() => slidesOf(workshop), [workshop]);
  // The first render matches the server's title slide; the kept session appears once mounted.
  const [session, setSession] = useState<Session>(() => startSession(0));
  const [now, setNow] = useState(0);
  /** What a screen reader hears of a vote, and what the room sees when a vote cannot count yet. */
  const [voteSaid, setVoteSaid] = useState('');
  const [notice, setNotice] = useState<{ text: string; on: string } | undefined>();
  const link = useRef<RoomLink>();
  const current = useRef(session);
  current.current = session;
  const stage = useRef<HTMLElement>(null);
  // Shown once fitted in the course's font: a slide that changed size after it was seen would jump.
  const [fitted, setFitted] = useState(false);

  useEffect(() => {
    const started = startSession(Date.now());
    link.current = openRoomLink(`workshop:${locale}:${workshop.id}`, (x) => readSession(workshop, x), setSession);
    setSession(link.current.saved ?? started);
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  const change = (next: (s: Session) => Session, then?: (changed: Session) => void) =>
    setSession((s) => {
      const changed = next(s);
      if (changed !== s) {
        link.current?.publish(changed);
        then?.(changed);
      }
      return changed;
    });
  const forward = () => change((s) => advance(workshop, s, Date.now()));
  const backward = () => change((s) => back(workshop, s, Date.now()));
  const addVote = (option: number, delta: 1 | -1) => {
    // A vote before the options are up would be lost without a word: say why instead.
    if (voteTooEarly(workshop, current.current, option)) return setNotice({ text: strings.voteTooEarly, on: onScreen(current.current) });
    change(
      (s) => vote(workshop, s, option, delta),
      (changed) => setVoteSaid(formatPlural(locale, strings.votesFor, optionOnScreen(workshop, changed, option)?.votes ?? 0, { number: option + 1 })),
    );
  };
  // The notice goes with the slide it was about, or after a while.
  useEffect(() => {
    if (!notice) return;
    const clear = setTimeout(() => setNotice(undefined), 6000);
    return () => clearTimeout(clear);
  }, [notice]);

  // The room's slide fills its screen without scrolling, whatever its length and the screen's size.
  // Each fit lays the slide out several times: a new step fits again, and otherwise only a
  // change of the stage's size or of the fonts in does (the observer and the fonts also report
  // what the last fit already saw).
  const fittedFor = useRef('');
  const fit = (target: HTMLElement, newContent = false) => {
    if (!newContent && fitConditions(target, document.fonts) === fittedFor.current) return;
    fitToStage(target);
    // Read after the fit: on a wide screen the stage's width follows its type size.
    fittedFor.current = fitConditions(target, document.fonts);
  };
  // What the stage shows: its slide, how far it is revealed, and the votes (the timer is not on it).
  const onStage = JSON.stringify([session.slide, session.phase, session.votes, view]);
  useLayoutEffect(() => {
    if (stage.current) fit(stage.current, true);
  }, [onStage]);
  useEffect(() => {
    const target = stage.current;
    if (!target) return;
    const fitHere = () => fit(target);
    const observer = new ResizeObserver(fitHere);
    observer.observe(target);
    // The course's font may arrive after the first fit: its letters have other widths.
    document.fonts.addEventListener('loadingdone', fitHere);
    void document.fonts.ready.then(() => {
      fitHere();
      setFitted(true);
    });
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fitHere);
    };
  }, []);
  const fullScreen = () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || pressesButton(event)) return;
      const digit = /^(Digit|Numpad)([1-9])$/.exec(event.code)?.[2];
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) forward();
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) backward();
      else if (digit) addVote(Number(digit) - 1, event.shiftKey ? -1 : 1);
      else if (event.key === 'f' || event.key === 'F') fullScreen();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const slide = slides[session.slide]!;
  const planned = plannedMinutes(workshop, session);
  const elapsed = now && session.since ? now - session.since : 0;
  const following = advance(workshop, session, now);
  const nextLabel =
    slide.kind === 'decision' && session.phase === 'prompt'
      ? strings.showOptions
      : slide.kind === 'decision' && session.phase === 'options'
        ? strings.showConsequences
        : slide.kind === 'decision' && session.phase === 'consequences'
          ? strings.showDiscussion
          : strings.next;
  const heading = slideHeading(workshop, slide, strings);
  const download = () => {
    if (workshop.kind !== 'case') return;
    const rows = resultRows(workshop, session.votes).map((r) => [`${r.decision}. ${r.prompt}`, `${r.option}. ${r.text}`, r.votes]);
    const url = URL.createObjectURL(new Blob([toCsv(locale, [strings.csvDecision, strings.csvOption, strings.csvVotes], rows)], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${workshop.id}-${locale}.csv` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const timer = planned !== undefined && (
    <p class="room-timer" data-over={elapsed > planned * 60_000 ? '' : undefined}>
      <span class="visually-hidden">{strings.timer}: </span>
      <span class="room-clock">{clock(elapsed)}</span> <span class="room-planned">{interpolate(strings.planned, { minutes: planned })}</span>
    </p>
  );
  const controls = (
    <nav class="room-controls" aria-label={strings.presenter}>
      <button type="button" class="button button-quiet" onClick={backward} disabled={session.slide === 0 && session.phase === 'prompt'}>
        {strings.previous}
      </button>
      <button type="button" class="button" onClick={forward} disabled={following === session}>
        {nextLabel}
      </button>
      {view === 'room' && (
        <button type="button" class="button button-quiet" onClick={fullScreen}>
          {strings.fullScreen}
        </button>
      )}
    </nav>
  );
  const voteMessages = (
    <>
      <p class="visually-hidden" aria-live="polite">
        {voteSaid}
      </p>
      <p class="room-notice" role="status">
        {notice?.on === onScreen(session) ? notice.text : ''}
      </p>
    </>
  );
  const body = (
    <SlideBody
      workshop={workshop}
      slide={slide}
      session={session}
      strings={strings}
      view={view}
      onVote={addVote}
      onDownload={download}
      onRestart={() => change((s) => restart(s, Date.now()))}
      links={{ presenterHref, indexHref }}
    />
  );

  if (view === 'presenter') {
    const upcoming = slides[following.slide]!;
    return (
      <main class="presenter">
        <header class="presenter-bar">
          <h1>
            {strings.presenter}: {workshop.title}
          </h1>
          <p class="presenter-synced">{strings.synced}</p>
        </header>
        <section class="presenter-now" aria-label={heading}>
          <p class="room-kicker">{heading}</p>
          {body}
        </section>
        <aside class="presenter-side">
          {timer}
          {controls}
          {slide.kind === 'decision' && workshop.kind === 'case' && (
            <section class="presenter-notes">
              <h2>{strings.notes}</h2>
              <p>{workshop.steps[slide.index]!.notes}</p>
            </section>
          )}
          {following !== session && (
            <section class="presenter-next">
              <h2>{strings.upNext}</h2>
              <p>{following.slide === session.slide ? nextLabel : slideHeading(workshop, upcoming, strings)}</p>
            </section>
          )}
          <p class="room-keys">{strings.keys}</p>
          {voteMessages}
        </aside>
      </main>
    );
  }

  return (
    <div class="room" data-slide={slide.kind} data-phase={slide.kind === 'decision' ? session.phase : undefined}>
      <header class="room-bar">
        <p class="room-title">{workshop.title}</p>
        {slide.kind !== 'title' && <p class="room-kicker">{heading}</p>}
        {timer}
      </header>
      <main class="room-stage" ref={stage} data-fitting={fitted ? undefined : ''}>
        {body}
      </main>
      <p class="visually-hidden" aria-live="polite">
        {heading}
      </p>
      {voteMessages}
      <footer class="room-footer">
        {controls}
        <p class="room-keys">{strings.keys}</p>
      </footer>
    </div>
  );
}
