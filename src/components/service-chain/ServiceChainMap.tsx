import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import { $chain, record } from '../../state/learner.ts';
import { addName, CHAIN_LIMITS, removeName, type ChainSide, type ServiceChain } from '../../state/service-chain.ts';
import { printOnly } from '../print.ts';
import { PrintContext } from '../PrintContext.tsx';
import { ChainDiagram } from './ChainDiagram.tsx';
import type { ChainStrings } from './strings.ts';

interface Props {
  strings: ChainStrings;
  locale: string;
}

/** The learner names their own internal suppliers and customers; the map is saved with their progress and prints on its own. */
export default function ServiceChainMap({ strings, locale }: Props) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const stored = useStore($chain);
  // The first render matches the server's empty map; the saved one appears once mounted.
  const chain: ServiceChain = mounted ? stored : { suppliers: [], customers: [] };
  const [announcement, setAnnouncement] = useState('');

  return (
    <section class="chain activity" aria-labelledby="chain-label">
      <PrintContext courseTitle={strings.courseTitle} locale={locale} />
      <p class="activity-label" id="chain-label">
        {strings.label}
      </p>
      <div class="chain-lists">
        <NameList side="suppliers" chain={chain} strings={strings} onAnnounce={setAnnouncement} />
        <NameList side="customers" chain={chain} strings={strings} onAnnounce={setAnnouncement} />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <figure class="chain-figure">
        <ChainDiagram chain={chain} strings={strings} layout="wide" />
        <ChainDiagram chain={chain} strings={strings} layout="narrow" />
      </figure>
      <button type="button" class="button button-quiet chain-print" onClick={() => printOnly('chain')}>
        {strings.print}
      </button>
    </section>
  );
}

interface ListProps {
  side: ChainSide;
  chain: ServiceChain;
  strings: ChainStrings;
  onAnnounce(text: string): void;
}

function NameList({ side, chain, strings, onAnnounce }: ListProps) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const inputId = `chain-${side}-name`;
  const hintId = `chain-${side}-hint`;
  const problemId = `chain-${side}-problem`;
  const limitId = `chain-${side}-limit`;
  const names = chain[side];
  const [title, hint, addLabel] =
    side === 'suppliers' ? [strings.suppliers, strings.suppliersHint, strings.addSupplier] : [strings.customers, strings.customersHint, strings.addCustomer];

  const add = (event: Event) => {
    event.preventDefault();
    const { chain: next, outcome, name } = addName(chain, side, typed);
    if (outcome === 'added') {
      record($chain, next);
      setTyped('');
      onAnnounce(interpolate(strings.added, { name }));
    }
    setProblem(outcome === 'full' ? strings.full : '');
  };

  return (
    <form class="chain-list" onSubmit={add} noValidate>
      <h3>{title}</h3>
      <p class="chain-hint" id={hintId}>
        {hint}
      </p>
      {names.length === 0 ? (
        <p class="chain-empty">{strings.empty}</p>
      ) : (
        <ul>
          {names.map((name, i) => (
            <li key={name}>
              <span>{name}</span>
              <button
                type="button"
                class="chain-remove"
                aria-label={interpolate(strings.remove, { name })}
                onClick={() => {
                  record($chain, removeName(chain, side, i));
                  onAnnounce(interpolate(strings.removed, { name }));
                  document.getElementById(inputId)?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={inputId}>{addLabel}</label>
      <div class="chain-add">
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          maxLength={CHAIN_LIMITS.characters}
          value={typed}
          aria-describedby={[hintId, limitId, problem && problemId].filter(Boolean).join(' ')}
          onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
        />
        {/* Beside its field, one of two: outlined, so neither list's "Add" outshouts the other. */}
        <button type="submit" class="button button-quiet">
          {strings.add}
        </button>
      </div>
      {/* The limit is said once; the count is for the eye, as the learner types. */}
      <p class="chain-limit" id={limitId}>
        <span>{strings.limit}</span>
        <span class="chain-count" aria-hidden="true" data-full={typed.length >= CHAIN_LIMITS.characters ? '' : undefined}>
          {typed.length}/{CHAIN_LIMITS.characters}
        </span>
      </p>
      {problem && (
        <p class="question-error" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
