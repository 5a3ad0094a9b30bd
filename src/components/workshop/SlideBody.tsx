import { interpolate } from '../../i18n/plural.ts';
import type { WorkshopData } from '../../schemas/workshop.ts';
import { Avatar } from '../people/Drawings.tsx';
import { PHASES, type Session, type Slide } from '../../workshop/session.ts';
import type { WorkshopStrings } from './strings.ts';

/** "Decision 2 of 3", "Step 1 of 4", or the slide's own name. */
export function slideHeading(w: WorkshopData, slide: Slide, strings: WorkshopStrings): string {
  const total = w.steps.length;
  switch (slide.kind) {
    case 'title':
      return w.title;
    case 'situation':
      return strings.situation;
    case 'decision':
      return interpolate(strings.decision, { number: slide.index + 1, total });
    case 'step':
      return interpolate(strings.step, { number: slide.index + 1, total });
    case 'debrief':
      return strings.debrief;
    case 'results':
      return strings.results;
  }
}

interface Props {
  workshop: WorkshopData;
  slide: Slide;
  session: Session;
  strings: WorkshopStrings;
  view: 'room' | 'presenter';
  onVote(option: number, delta: 1 | -1): void;
  onDownload(): void;
  onRestart(): void;
  links: { presenterHref: string; indexHref: string };
}

const shown = (session: Session, phase: Session['phase']) => PHASES.indexOf(session.phase) >= PHASES.indexOf(phase);

/** What the room sees on one slide; the presenter view shows the same, smaller. */
export function SlideBody({ workshop: w, slide, session, strings, view, onVote, onDownload, onRestart, links }: Props) {
  // The presenter view has a heading of its own above the slide.
  const H1 = view === 'room' ? 'h1' : 'h2';
  const H2 = view === 'room' ? 'h2' : 'h3';
  switch (slide.kind) {
    case 'title':
      return (
        <div class="room-cover">
          <H1 class="room-heading">{w.title}</H1>
          {w.kind === 'case' && <p class="room-lead">{w.departments}</p>}
          <p class="room-meta">
            {strings.duration} · {strings.audience}: {w.audience}
          </p>
          <H2>{strings.goals}</H2>
          <ul>
            {w.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
          {view === 'room' && (
            <p class="room-actions">
              <a class="button button-quiet" href={links.presenterHref} target={`presenter-${w.id}`}>
                {strings.presenterView}
              </a>
              <button type="button" class="button button-quiet" onClick={() => window.print()}>
                {strings.handout}
              </button>
              <a href={links.indexHref}>{strings.all}</a>
            </p>
          )}
        </div>
      );
    case 'situation':
      return (
        <div>
          <H1 class="room-heading">{strings.situation}</H1>
          <p class="room-lead">{w.situation}</p>
          {w.kind === 'case' && (
            <>
              <H2>{strings.roles}</H2>
              <ul class="room-roles">
                {w.roles.map((role) => (
                  <li key={role.name}>
                    {role.who && <Avatar id={role.who} />}
                    <span>
                      <strong>{role.name}</strong>: {role.description}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    case 'decision': {
      if (w.kind !== 'case') return null;
      const step = w.steps[slide.index]!;
      const counts = session.votes[step.id] ?? {};
      return (
        <div>
          <H1 class="room-heading room-prompt">{step.prompt}</H1>
          {shown(session, 'options') && (
            <ol class="room-options">
              {step.options.map((option, i) => (
                <li key={option.id} class="room-option" data-option={option.id} data-recommended={shown(session, 'consequences') && option.recommended ? '' : undefined}>
                  <div class="room-option-text">
                    <span class="room-option-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span>
                      {option.text}
                      {shown(session, 'consequences') && option.recommended && <span class="room-badge">{strings.recommended}</span>}
                    </span>
                  </div>
                  {shown(session, 'consequences') && <p class="room-consequence">{option.consequence}</p>}
                  <div class="room-votes">
                    <span class="room-count" aria-label={`${strings.votes}: ${counts[option.id] ?? 0}`}>
                      {counts[option.id] ?? 0}
                    </span>
                    <button type="button" class="room-vote" aria-label={interpolate(strings.removeVote, { number: i + 1 })} onClick={() => onVote(i, -1)}>
                      −
                    </button>
                    <button type="button" class="room-vote" aria-label={interpolate(strings.addVote, { number: i + 1 })} onClick={() => onVote(i, 1)}>
                      +
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
          {shown(session, 'discussion') && (
            <section class="room-discussion">
              <H2>{strings.discussion}</H2>
              <ul>
                {step.discussion.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      );
    }
    case 'step': {
      if (w.kind !== 'exercise') return null;
      const step = w.steps[slide.index]!;
      return (
        <div>
          <H1 class="room-heading">{step.title}</H1>
          <p class="room-lead">{step.instructions}</p>
        </div>
      );
    }
    case 'debrief':
      return (
        <div>
          <H1 class="room-heading">{strings.debrief}</H1>
          <ul class="room-points">
            {w.debrief.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      );
    case 'results':
      if (w.kind !== 'case') return null;
      return (
        <div>
          <H1 class="room-heading">{strings.results}</H1>
          {w.steps.map((step, d) => {
            const votes = step.options.map((option) => session.votes[step.id]?.[option.id] ?? 0);
            const total = votes.reduce((a, b) => a + b, 0);
            return (
              <table key={step.id} class="room-results">
                <caption>
                  {d + 1}. {step.prompt}
                </caption>
                <tbody>
                  {step.options.map((option, o) => (
                    <tr key={option.id}>
                      <th scope="row">
                        {o + 1}. {option.text}
                      </th>
                      {/* The bar shows; the count says. */}
                      <td aria-hidden="true">
                        <meter min={0} max={Math.max(1, total)} value={votes[o]} />
                      </td>
                      <td>{votes[o]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
          <p class="room-actions">
            <button type="button" class="button" onClick={onDownload}>
              {strings.download}
            </button>
            <button type="button" class="button button-quiet" onClick={onRestart}>
              {strings.restart}
            </button>
            <span>{strings.end}</span>
          </p>
        </div>
      );
  }
}
