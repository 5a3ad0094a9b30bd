import { numericKind } from './numeric.tsx';
import { practice } from './practice.tsx';

export default practice(numericKind);
