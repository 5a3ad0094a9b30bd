// The standard API discovery: this window, its parents, then the opener and its parents.

/** The SCORM 1.2 `API` object an LMS puts on a parent window. */
export interface Api12 {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The SCORM 2004 `API_1484_11` object. */
export interface Api2004 {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

export type FoundApi = { edition: '2004'; api: Api2004 } | { edition: '1.2'; api: Api12 };

/** Frames deeper than this are not an LMS's; the number comes from the ADL sample code. */
const MAX_DEPTH = 500;

type Win = Window & { API?: Api12; API_1484_11?: Api2004 };

function lineage(start: Window | null): Win[] {
  const found: Win[] = [];
  let win = start as Win | null;
  for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
    found.push(win);
    let parent: Win | null = null;
    try {
      parent = win.parent === win ? null : (win.parent as Win);
    } catch {
      parent = null; // a cross-origin parent cannot be searched
    }
    win = parent;
  }
  return found;
}

function read<K extends 'API' | 'API_1484_11'>(win: Win, key: K): Win[K] | undefined {
  try {
    return win[key] ?? undefined;
  } catch {
    return undefined; // cross-origin
  }
}

/** Finds the LMS API, preferring SCORM 2004 when a platform offers both. */
export function findApi(start: Window): FoundApi | undefined {
  let opener: Window | null = null;
  try {
    opener = start.top?.opener ?? null;
  } catch {
    opener = null;
  }
  const windows = [...lineage(start), ...lineage(opener)];
  for (const win of windows) {
    const api = read(win, 'API_1484_11');
    if (api) return { edition: '2004', api };
  }
  for (const win of windows) {
    const api = read(win, 'API');
    if (api) return { edition: '1.2', api };
  }
  return undefined;
}
