// The course's drawings as a page shows them: references into the one shared drawings file.
import type { Mood } from '../../schemas/cast.ts';
import type { Setting } from '../../schemas/scenario.ts';
import drawings from './generated/people.svg?url';
import { SETTING_VIEWBOX, symbolId } from './symbols.ts';

interface Props {
  /** A member of `content/cast.json`. */
  id: string;
  mood?: Mood;
}

/** A character's face, stacked from the course's drawings. Decoration: their name is always written beside it. */
export function Avatar({ id, mood = 'neutral' }: Props) {
  return (
    <svg class="avatar" viewBox="70 40 580 580" aria-hidden="true" focusable="false" data-person={id} data-mood={mood}>
      <use href={`${drawings}#${symbolId.person(id)}`} />
      <use href={`${drawings}#${symbolId.face(mood)}`} />
      <use href={`${drawings}#${symbolId.over(id)}`} />
    </svg>
  );
}

/** Where a scenario's scene happens, behind the speaker. Decoration. */
export function SettingDrawing({ setting }: { setting: Setting }) {
  return (
    <svg class="scenario-setting" viewBox={SETTING_VIEWBOX} preserveAspectRatio="xMidYMax meet" aria-hidden="true" focusable="false">
      <use href={`${drawings}#${symbolId.setting(setting)}`} />
    </svg>
  );
}
