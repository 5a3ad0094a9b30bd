// The learner's own service chain: who they depend on, and who depends on them. Free text
// from the learner, so it is kept short and bounded: it travels in `suspend_data`.

export interface ServiceChain {
  /** Internal suppliers: whose work the learner depends on. */
  suppliers: string[];
  /** Internal customers: who depends on the learner's work. */
  customers: string[];
}

export type ChainSide = keyof ServiceChain;

/** Enough for a useful map, small enough for SCORM 1.2's 4,096 characters of saved data. */
export const CHAIN_LIMITS = { names: 5, characters: 40 } as const;

export const emptyChain = (): ServiceChain => ({ suppliers: [], customers: [] });

export type AddOutcome = 'added' | 'empty' | 'duplicate' | 'full';

/** Adds a name, tidied and cut to length; the chain is unchanged unless the outcome is `added`. */
export function addName(chain: ServiceChain, side: ChainSide, typed: string): { chain: ServiceChain; outcome: AddOutcome; name: string } {
  const name = typed.replace(/\s+/g, ' ').trim().slice(0, CHAIN_LIMITS.characters).trim();
  const names = chain[side];
  const outcome: AddOutcome =
    name === ''
      ? 'empty'
      : names.some((n) => n.toLocaleLowerCase() === name.toLocaleLowerCase())
        ? 'duplicate'
        : names.length >= CHAIN_LIMITS.names
          ? 'full'
          : 'added';
  return { chain: outcome === 'added' ? { ...chain, [side]: [...names, name] } : chain, outcome, name };
}

export function removeName(chain: ServiceChain, side: ChainSide, index: number): ServiceChain {
  return { ...chain, [side]: chain[side].filter((_, i) => i !== index) };
}

/** For data read back from storage: names that fit the limits are kept, anything else dropped. */
export function readServiceChain(x: unknown): ServiceChain | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const side = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((n): n is string => typeof n === 'string' && n.trim() !== '' && n.length <= CHAIN_LIMITS.characters).slice(0, CHAIN_LIMITS.names)
      : [];
  const data = x as Record<string, unknown>;
  return { suppliers: side(data.suppliers), customers: side(data.customers) };
}
