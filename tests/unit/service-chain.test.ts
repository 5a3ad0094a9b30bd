import { describe, expect, it } from 'vitest';
import { addName, CHAIN_LIMITS, emptyChain, readServiceChain, removeName } from '../../src/state/service-chain.ts';

describe('the service chain', () => {
  it('adds tidied names and removes them', () => {
    const { chain, outcome, name } = addName(emptyChain(), 'customers', '  Sales   team ');
    expect({ outcome, name }).toEqual({ outcome: 'added', name: 'Sales team' });
    expect(chain).toEqual({ suppliers: [], customers: ['Sales team'] });
    expect(removeName(chain, 'customers', 0)).toEqual(emptyChain());
  });
  it('refuses empty and repeated names, and a full list, leaving the chain as it was', () => {
    let chain = emptyChain();
    for (let i = 0; i < CHAIN_LIMITS.names; i++) chain = addName(chain, 'suppliers', `Team ${i}`).chain;
    expect(addName(chain, 'suppliers', '   ').outcome).toBe('empty');
    expect(addName(chain, 'suppliers', 'team 0').outcome).toBe('duplicate');
    const full = addName(chain, 'suppliers', 'Another');
    expect(full.outcome).toBe('full');
    expect(full.chain).toBe(chain);
  });
  it('cuts long names to the limit, so the saved state stays small', () => {
    const { name } = addName(emptyChain(), 'customers', 'x'.repeat(100));
    expect(name).toHaveLength(CHAIN_LIMITS.characters);
  });
  it('reads back saved data, dropping what does not fit', () => {
    expect(readServiceChain({ suppliers: ['IT', 4, '', 'y'.repeat(99)], customers: 'Sales' })).toEqual({ suppliers: ['IT'], customers: [] });
    expect(readServiceChain(null)).toBeUndefined();
  });
});
