/** The service-chain map's UI words, resolved at build time in the page's language. */
export interface ChainStrings {
  label: string;
  suppliers: string;
  suppliersHint: string;
  customers: string;
  customersHint: string;
  you: string;
  addSupplier: string;
  addCustomer: string;
  add: string;
  /** "Remove {{name}}" */
  remove: string;
  /** "{{name}} added." */
  added: string;
  /** "{{name}} removed." */
  removed: string;
  full: string;
  empty: string;
  print: string;
  /** At the head of the printed map. */
  courseTitle: string;
  /** "Up to {{count}} characters", resolved for the limit. */
  limit: string;
  /** The diagram's accessible description. */
  diagram: string;
}
