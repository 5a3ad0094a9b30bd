import { classificationKind } from './classification.tsx';
import { practice } from './practice.tsx';

export default practice(classificationKind);
