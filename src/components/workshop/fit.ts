// Slides fit the screen: the type of a slide grows or shrinks until it fills its stage without
// scrolling, so a short step reads from the back of the room and a long one still fits.

/** The range of the type size, against the room's base size: small enough for the longest step, large enough to fill the screen. */
const SMALLEST = 0.55;
const LARGEST = 1.6;

/** Sets `--fit` on `stage` to the largest size at which its content needs no scrolling. */
export function fitToStage(stage: HTMLElement): void {
  const fits = (size: number) => {
    stage.style.setProperty('--fit', size.toFixed(3));
    return stage.scrollHeight <= stage.clientHeight && stage.scrollWidth <= stage.clientWidth;
  };
  if (fits(LARGEST)) return;
  let low = SMALLEST;
  let high = LARGEST;
  // Seven halvings: within 1 % of the best size, seven layouts at most.
  for (let i = 0; i < 7; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(low);
}
