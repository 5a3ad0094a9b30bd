export interface Progress {
  visited: number;
  total: number;
  /** 0 to 1, for `cmi.progress_measure` and the progress bar. */
  measure: number;
  complete: boolean;
}

/** Completion rule of the walking skeleton: every lesson of the course has been opened. */
export function progressOf(lessonIds: readonly string[], visited: readonly string[]): Progress {
  const seen = lessonIds.filter((id) => visited.includes(id)).length;
  const total = lessonIds.length;
  return { visited: seen, total, measure: total === 0 ? 1 : seen / total, complete: seen === total };
}

/** The lessons before and after `current`, for previous/next. */
export function neighbours(lessonIds: readonly string[], current: string | undefined) {
  const at = current === undefined ? -1 : lessonIds.indexOf(current);
  return {
    previous: at > 0 ? lessonIds[at - 1] : undefined,
    next: at >= 0 && at < lessonIds.length - 1 ? lessonIds[at + 1] : undefined,
  };
}
