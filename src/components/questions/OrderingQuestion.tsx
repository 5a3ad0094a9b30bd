import { orderingKind } from './ordering.tsx';
import { practice } from './practice.tsx';

export default practice(orderingKind);
