// Hydrates the islands that Island.astro rendered: runs in the browser, one call per component.
import { h, hydrate, type ComponentType } from 'preact';

export function mountIslands<P>(name: string, Component: ComponentType<P>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const props = JSON.parse(root.dataset.props ?? '{}') as P & {};
    hydrate(h(Component, props), root);
    // For tests and styles: the island now answers to the learner.
    root.dataset.hydrated = '';
  }
}
