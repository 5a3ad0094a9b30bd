import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Person } from '../../schemas/cast.ts';
import type { ScenarioData } from '../../schemas/scenario.ts';
import { $paths, recordPath } from '../../state/learner.ts';
import { choicesOf, lastConsequence, onStage, play } from '../../state/scenario.ts';
import { Avatar, SettingDrawing } from '../people/Drawings.tsx';
import { OutcomeBadge } from './OutcomeBadge.tsx';
import type { ScenarioStrings } from './strings.ts';

interface Props {
  scenario: ScenarioData;
  strings: ScenarioStrings;
  /** The names and roles of the scenario's speakers, in the page's language. */
  people: Record<string, Person>;
}

/** Plays a branching scenario one decision at a time; at the end, the debrief and the path taken. */
export default function ScenarioPlayer({ scenario, strings, people }: Props) {
  // As with questions: the first render matches the server's HTML, the saved path comes after.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const saved = useStore($paths)[scenario.id];
  const current = play(scenario, mounted ? (saved ?? []) : []);
  const consequence = lastConsequence(scenario, current);
  const sceneRef = useRef<HTMLDivElement>(null);
  const [moved, setMoved] = useState(false);

  // After a decision, the next scene takes the focus, so keyboard and screen-reader users go on from there.
  useEffect(() => {
    if (moved) sceneRef.current?.focus();
  }, [current.path.length, moved]);

  const go = (choices: string[]) => {
    setMoved(true);
    recordPath(scenario.id, choices);
  };
  const sceneText = (id: string) => scenario.scenes.find((s) => s.id === id);
  const { speaker, setting } = current.scene;
  const person = speaker ? people[speaker] : undefined;
  const present = onStage(scenario, current);

  return (
    <section class="scenario activity" aria-labelledby={`${scenario.id}-title`}>
      <p class="activity-label">{strings.label}</p>
      <h2 id={`${scenario.id}-title`} class="scenario-title">
        {scenario.title}
      </h2>
      <p class="scenario-intro">{scenario.intro}</p>

      <div class="scenario-scene" ref={sceneRef} tabIndex={-1} data-scene={current.scene.id}>
        {consequence && (
          <p class="scenario-consequence">
            <strong>{strings.consequence}:</strong> {consequence}
          </p>
        )}
        {(setting || present) && (
          <div class="scenario-stage">
            {setting && <SettingDrawing setting={setting} />}
            {present && <Avatar id={present} mood={current.ending?.outcome ?? 'neutral'} />}
          </div>
        )}
        <blockquote class="scenario-speech" data-speaker={speaker}>
          {person && (
            <p class="scenario-speaker">
              <span class="person-name">{person.name}</span>
              <span class="person-role">
                <span class="visually-hidden">, </span>
                {person.role}
              </span>
            </p>
          )}
          <p>{current.scene.text}</p>
        </blockquote>
      </div>

      {current.ending ? (
        <div class="scenario-ending" data-outcome={current.ending.outcome}>
          <OutcomeBadge outcome={current.ending.outcome} label={strings.outcome[current.ending.outcome]} />
          <h3>{current.ending.title}</h3>
          <h4>{strings.debrief}</h4>
          <ul>
            {current.ending.debrief.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <h4>{strings.path}</h4>
          <ol class="scenario-path">
            {current.path.map((step) => {
              const scene = sceneText(step.scene);
              return (
                <li key={step.scene}>
                  {scene?.speaker && <span class="scenario-path-scene">{people[scene.speaker]?.name}: </span>}
                  {scene?.choices.find((c) => c.id === step.choice)?.text}
                </li>
              );
            })}
          </ol>
          <button type="button" class="button" onClick={() => go([])}>
            {strings.restart}
          </button>
        </div>
      ) : (
        <fieldset class="scenario-choices">
          <legend>{strings.choose}</legend>
          {current.scene.choices.map((choice) => (
            <button key={choice.id} type="button" class="scenario-choice" data-choice={choice.id} onClick={() => go([...choicesOf(current), choice.id])}>
              {choice.text}
            </button>
          ))}
        </fieldset>
      )}
    </section>
  );
}
