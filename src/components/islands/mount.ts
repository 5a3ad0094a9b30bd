// Hydrates lesson islands. They work on the learner's state, which a lesson page mirrors with
// the course shell; islands outside the course (the workshop) use ./hydrate.ts alone.
import '../../shell/frame-link.ts';

export { mountIslands } from './hydrate.ts';
