// Slides fit the screen: the type of a slide grows or shrinks until it fills its stage without
// scrolling, so a short step reads from the back of the room and a long one still fits.

/** The range of the type size, against the room's base size: small enough for the longest step, large enough to fill the screen. */
const SMALLEST = 0.55;
const LARGEST = 1.6;
/** Close enough to the largest size that fits: 2 % of the base size, a difference no one in the room sees. */
const PRECISION = 0.02;

/** The part of a stage that fitting reads and writes (an HTMLElement; a model of one in unit tests). */
export type Stage = Pick<HTMLElement, 'scrollHeight' | 'clientHeight' | 'scrollWidth' | 'clientWidth'> & { style: Pick<CSSStyleDeclaration, 'setProperty'> };

/**
 * Sets `--fit` on `stage` to the largest size at which its content needs no scrolling. Each
 * try is a layout of the whole slide, the costly part of a step on a slow laptop: how far the
 * content overflows says where to try next, so most steps take four or five, not nine.
 */
export function fitToStage(stage: Stage): void {
  /** How many times larger than the stage the content is at `size`; 1 when it fits. */
  const excess = (size: number) => {
    stage.style.setProperty('--fit', size.toFixed(3));
    if (!stage.clientHeight || !stage.clientWidth) return Infinity;
    return Math.max(stage.scrollHeight / stage.clientHeight, stage.scrollWidth / stage.clientWidth, 1);
  };
  let over = excess(LARGEST);
  if (over === 1) return;
  let low = SMALLEST;
  let high = LARGEST;
  // Wrapped text takes room as about the square of its size. A size that fits says nothing of
  // the room left over, so the next try after one is halfway up.
  let next = high / Math.sqrt(over);
  let tried = high;
  // Bounded, though each try narrows the range by half the precision at least.
  for (let i = 0; i < 12 && high - low > PRECISION; i++) {
    tried = Math.min(Math.max(next, low + PRECISION / 2), high - PRECISION / 2);
    over = excess(tried);
    if (over === 1) {
      low = tried;
      next = (low + high) / 2;
    } else {
      high = tried;
      next = tried / Math.sqrt(over);
    }
  }
  if (tried !== low) excess(low);
}

/**
 * What a fit depends on besides the slide's content: the stage's size and which fonts are in.
 * When these are as they were at the last fit of the same content, that fit still holds.
 */
export function fitConditions(stage: Pick<HTMLElement, 'clientWidth' | 'clientHeight'>, fonts: Iterable<Pick<FontFace, 'status'>>): string {
  let loaded = 0;
  for (const font of fonts) if (font.status === 'loaded') loaded += 1;
  return `${stage.clientWidth}x${stage.clientHeight}, ${loaded} fonts`;
}
