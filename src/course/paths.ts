// Page paths inside the build, relative to its root (the shell pages live there). Build time only.
import { posix } from 'node:path';

export const lessonPath = (locale: string, lessonId: string) => `${locale}/${lessonId}.html`;

export const shellPath = (locale?: string) => (locale ? `start-${locale}.html` : 'index.html');

/** The learner's certificate of completion, in one language. */
export const certificatePath = (locale: string) => `${locale}/certificate.html`;

/** The workshop pages of a locale: the index, the facilitator guide, and each card's room and presenter view. */
export const workshopPath = {
  index: (locale: string) => `${locale}/workshop.html`,
  guide: (locale: string) => `${locale}/workshop/guide.html`,
  room: (locale: string, id: string) => `${locale}/workshop/${id}.html`,
  presenter: (locale: string, id: string) => `${locale}/workshop/presenter/${id}.html`,
};

/** A link from the page at `from` to the page at `to`, both given as above: the build must work from any folder. */
export const hrefBetween = (from: string, to: string) => posix.relative(posix.dirname(from), to);
