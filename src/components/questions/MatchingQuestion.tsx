import { matchingKind } from './matching.tsx';
import { practice } from './practice.tsx';

export default practice(matchingKind);
