import type { Mood } from '../../schemas/cast.ts';

/** The ids of the page's shared drawings (PeopleSprite.astro draws them once per page). */
export const symbolId = {
  person: (id: string) => `person-${id}`,
  over: (id: string) => `person-${id}-over`,
  face: (mood: Mood) => `face-${mood}`,
};

interface Props {
  /** A member of `content/cast.json`. */
  id: string;
  mood?: Mood;
}

/** A character's face, stacked from the page's symbols. Decoration: their name is always written beside it. */
export function Avatar({ id, mood = 'neutral' }: Props) {
  return (
    <svg class="avatar" viewBox="70 40 580 580" aria-hidden="true" focusable="false" data-person={id} data-mood={mood}>
      <use href={`#${symbolId.person(id)}`} />
      <use href={`#${symbolId.face(mood)}`} />
      <use href={`#${symbolId.over(id)}`} />
    </svg>
  );
}
