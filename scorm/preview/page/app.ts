// The preview LMS: scorm-again plays the LMS, the package runs in a frame under a deep path,
// and every call is counted so people and tests can see exactly what the course did.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { lmsApi, type Faults } from './api.ts';
import { PROFILES, type ProfileName } from './profiles.ts';
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

let redraw: number | undefined;
/** Redraws the data panel four times a second at most: a course writes hundreds of values in a run. */
function showSoon(): void {
  redraw ??= window.setTimeout(() => {
    redraw = undefined;
    show();
  }, 250);
}

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
  /** The kind of LMS to play; the page's choice if not given. */
  profile?: ProfileName;
  /** Faults on top of the profile's. */
  faults?: Faults;
  /** The learner's name as the LMS gives it. */
  learnerName?: string;
}

async function launch(pkg: PackageInfo, { resume = false, profile = selectedProfile(), faults = {}, learnerName = 'Learner, Preview' }: LaunchOptions = {}): Promise<void> {
  await exit();
  $<HTMLSelectElement>('package').value = pkg.name;
  $<HTMLSelectElement>('profile').value = profile;
  describeProfile();
  const settings = { autocommit: false, logLevel: 5 as const };
  const { data, resumed, held } = launchData(
    pkg.edition,
    { id: 'preview-learner', name: learnerName, language: $<HTMLSelectElement>('learner-language').value },
    resume ? kept(pkg) : undefined,
    PROFILES[profile].attempts,
  );
  const w = window as unknown as { API?: object; API_1484_11?: object };
  delete w.API;
  delete w.API_1484_11;
  api = pkg.edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  api.loadFromJSON(data as never);
  violations = [];
  calls = { Initialize: 0, Terminate: 0, Commit: 0, SetValue: 0, GetValue: 0 };
  const exposed = lmsApi(api as never, pkg.edition, { ...PROFILES[profile].faults, ...faults }, held, {
    onCall(name) {
      calls[name] += 1;
      if (name !== 'GetValue') showSoon();
    },
    onViolation: (problem) => violations.push(problem),
  });
  // What the LMS stores: only what reached it, at a commit it did not refuse.
  const events = pkg.edition === 'scorm12' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate'];
  for (const event of events) api.on(event, () => queueMicrotask(store));
  if (pkg.edition === 'scorm12') w.API = exposed;
  else w.API_1484_11 = exposed;
  active = pkg;
  $('note').textContent = [
    resume && !resumed ? 'The last exit was not "suspend": the LMS starts a new attempt.' : '',
    held.mode && held.mode !== 'normal' ? `The LMS opens this attempt in ${held.mode} mode.` : '',
  ].join(' ');

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

const profiles = $<HTMLSelectElement>('profile');
for (const [name, { label }] of Object.entries(PROFILES)) profiles.add(new Option(label, name));
function selectedProfile(): ProfileName {
  return (profiles.value in PROFILES ? profiles.value : 'standard') as ProfileName;
}
function describeProfile(): void {
  $('profile-description').textContent = PROFILES[selectedProfile()].description;
}
profiles.addEventListener('change', describeProfile);
describeProfile();

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
    profiles: Object.keys(PROFILES),
    launch: (name: string, options: LaunchOptions = {}) => launch(packages.find((p) => p.name === name) ?? selected(), options),
    exit,
    cmi,
    calls: () => ({ ...calls }),
    violations: () => [...violations],
    forget: (name: string) => localStorage.removeItem(`preview-lms:${name}`),
  },
});
