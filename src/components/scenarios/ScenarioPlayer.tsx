import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScenarioData } from '../../schemas/scenario.ts';
import { $paths, recordPath } from '../../state/learner.ts';
import { choicesOf, lastConsequence, play } from '../../state/scenario.ts';
import type { ScenarioStrings } from './strings.ts';

interface Props {
  scenario: ScenarioData;
  strings: ScenarioStrings;
}

/** Plays a branching scenario one decision at a time; at the end, the debrief and the path taken. */
export default function ScenarioPlayer({ scenario, strings }: Props) {
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
        <blockquote class="scenario-speech">
          {current.scene.speaker && <p class="scenario-speaker">{current.scene.speaker}</p>}
          <p>{current.scene.text}</p>
        </blockquote>
      </div>

      {current.ending ? (
        <div class="scenario-ending" data-outcome={current.ending.outcome}>
          <h3>
            {current.ending.title} <span class="scenario-outcome">({strings.outcome[current.ending.outcome]})</span>
          </h3>
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
                  {scene?.speaker && <span class="scenario-path-scene">{scene.speaker}: </span>}
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
