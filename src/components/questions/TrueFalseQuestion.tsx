import { trueFalseKind } from './true-false.tsx';
import { practice } from './practice.tsx';

export default practice(trueFalseKind);
