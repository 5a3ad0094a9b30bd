// The preview LMS: scorm-again plays the LMS, the package runs in a frame under a deep path,
// and every call is counted so people and tests can see exactly what the course did.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { lmsApi, type Faults } from './api.ts';
import { launchData, type Edition } from './record.ts';

interface PackageInfo {
  name: string;
  edition: Edition;
  locale: string;
  launch: string;
  bytes: number;
}

type Api = Scorm12API | Scorm2004API;
type Calls = Record<'Initialize' | 'Terminate' | 'Commit' | 'SetValue' | 'GetValue', number>;

const LMS_PREFIX = '/lms/acme/learning/content';
const CALL_EVENTS: Record<Edition, Record<keyof Calls, string>> = {
  scorm12: { Initialize: 'LMSInitialize', Terminate: 'LMSFinish', Commit: 'LMSCommit', SetValue: 'LMSSetValue', GetValue: 'LMSGetValue' },
  scorm2004: { Initialize: 'Initialize', Terminate: 'Terminate', Commit: 'Commit', SetValue: 'SetValue', GetValue: 'GetValue' },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const storageKey = (pkg: PackageInfo) => `preview-lms:${pkg.name}`;

const packages: PackageInfo[] = await (await fetch('../course/packages/packages.json')).json();
let api: Api | undefined;
let active: PackageInfo | undefined;
let calls: Calls = { Initialize: 0, Terminate: 0, Commit: 0, SetValue: 0, GetValue: 0 };
/** What the strict recorder found in this launch: calls that break the standard. */
let violations: string[] = [];

const selected = () => packages.find((p) => p.name === $<HTMLSelectElement>('package').value) ?? packages[0]!;
/** Everything under `cmi.`, write-only elements included. */
const cmi = (): Record<string, unknown> => (api ? ((api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi ?? {}) : {});
const kept = (pkg: PackageInfo) => JSON.parse(localStorage.getItem(storageKey(pkg)) ?? 'null') ?? undefined;

function show(): void {
  $('calls').textContent = Object.entries(calls).map(([k, v]) => `${k}: ${v}`).join('   ');
  $('violations').textContent = violations.length ? `Strict recorder: ${violations.join('; ')}` : 'Strict recorder: every call within the standard.';
  $('cmi').textContent = JSON.stringify(cmi(), null, 2);
}

/** What the LMS stores at each commit and at the end, as a real one would. */
function store(): void {
  if (active && api) localStorage.setItem(storageKey(active), JSON.stringify(cmi()));
}

function exit(): Promise<void> {
  const frame = document.querySelector<HTMLIFrameElement>('#frame-holder iframe');
  if (!frame) return Promise.resolve();
  // Navigating away first fires the course's pagehide, where it ends its session.
  return new Promise((done) => {
    frame.addEventListener('load', () => {
      frame.remove();
      show();
      done();
    }, { once: true });
    frame.src = 'about:blank';
  });
}

interface LaunchOptions {
  resume?: boolean;
  faults?: Faults;
  /** The learner's name as the LMS gives it. */
  learnerName?: string;
}

async function launch(pkg: PackageInfo, { resume = false, faults = {}, learnerName = 'Learner, Preview' }: LaunchOptions = {}): Promise<void> {
  await exit();
  $<HTMLSelectElement>('package').value = pkg.name;
  const settings = { autocommit: false, logLevel: 5 as const };
  const { data, resumed } = launchData(
    pkg.edition,
    { id: 'preview-learner', name: learnerName, language: $<HTMLSelectElement>('learner-language').value },
    resume ? kept(pkg) : undefined,
  );
  const w = window as unknown as { API?: object; API_1484_11?: object };
  delete w.API;
  delete w.API_1484_11;
  api = pkg.edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  api.loadFromJSON(data as never);
  violations = [];
  const exposed = lmsApi(api as never, pkg.edition, faults, (problem) => violations.push(problem));
  if (pkg.edition === 'scorm12') w.API = exposed;
  else w.API_1484_11 = exposed;
  active = pkg;
  calls = { Initialize: 0, Terminate: 0, Commit: 0, SetValue: 0, GetValue: 0 };
  for (const [name, event] of Object.entries(CALL_EVENTS[pkg.edition]) as Array<[keyof Calls, string]>) {
    api.on(event, () => {
      calls[name] += 1;
      if (name === 'Commit' || name === 'Terminate') queueMicrotask(store);
      if (name !== 'GetValue') queueMicrotask(show);
    });
  }
  $('note').textContent = resume && !resumed ? 'The last exit was not "suspend": the LMS starts a new attempt.' : '';

  const src = `${LMS_PREFIX}/${pkg.name}/${pkg.launch}`;
  $('launch-path').textContent = src;
  const frame = document.createElement('iframe');
  frame.title = `Course package ${pkg.name}`;
  frame.src = src;
  $('frame-holder').replaceChildren(frame);
  show();
}

const select = $<HTMLSelectElement>('package');
for (const pkg of packages) select.add(new Option(`${pkg.name} (${Math.round(pkg.bytes / 1024)} KB)`, pkg.name));
const wanted = new URLSearchParams(location.search).get('package');
if (wanted) select.value = wanted;

$('launch').addEventListener('click', () => void launch(selected()));
$('relaunch').addEventListener('click', () => void launch(selected(), { resume: true }));
$('exit').addEventListener('click', () => void exit());
$('reset').addEventListener('click', () => {
  localStorage.removeItem(storageKey(selected()));
  $('note').textContent = `Stored data for ${selected().name} forgotten.`;
});

/** For browser tests: drive the preview and read what the LMS holds. */
Object.assign(window, {
  previewLms: {
    packages,
    launch: (name: string, options: LaunchOptions = {}) => launch(packages.find((p) => p.name === name) ?? selected(), options),
    exit,
    cmi,
    calls: () => ({ ...calls }),
    violations: () => [...violations],
    forget: (name: string) => localStorage.removeItem(`preview-lms:${name}`),
  },
});
