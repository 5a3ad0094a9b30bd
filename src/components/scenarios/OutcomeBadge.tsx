import type { ScenarioData } from '../../schemas/scenario.ts';

type Outcome = NonNullable<ScenarioData['scenes'][number]['ending']>['outcome'];

// Icon, colour and words say the same thing, so no one of them is needed alone.
const ICONS: Record<Outcome, string> = {
  good: 'M7 12.5 10.5 16 17 8.5',
  mixed: 'M7 12h10',
  poor: 'M8 8l8 8M16 8l-8 8',
};

/** How a scenario ended: best, mixed or poor, as a badge above the ending's title. */
export function OutcomeBadge({ outcome, label }: { outcome: Outcome; label: string }) {
  return (
    <p class="outcome-badge" data-outcome={outcome}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="11" />
        <path d={ICONS[outcome]} />
      </svg>
      {label}
    </p>
  );
}
