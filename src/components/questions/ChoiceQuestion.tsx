import { choiceKind } from './choice.tsx';
import { practice } from './practice.tsx';

export default practice(choiceKind);
