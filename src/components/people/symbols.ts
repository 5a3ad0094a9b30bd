import type { Mood } from '../../schemas/cast.ts';
import type { Setting } from '../../schemas/scenario.ts';

/** The ids of the course's drawings inside its one shared drawings file (src/build/people.ts). */
export const symbolId = {
  person: (id: string) => `person-${id}`,
  over: (id: string) => `person-${id}-over`,
  face: (mood: Mood) => `face-${mood}`,
  setting: (setting: Setting) => `setting-${setting}`,
};

/** The frame every scenario setting is drawn in (src/components/scenarios/settings.ts). */
export const SETTING_VIEWBOX = '0 0 320 96';
