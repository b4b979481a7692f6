/**
 * Launches Debian's firefox-esr headless with a throw-away profile and its
 * built-in WebDriver BiDi server, and tears it down completely: the session
 * ended, the browser and its content processes gone, the profile removed,
 * on success, on failure and when the test process exits early.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectBiDi, type BiDiClient } from './bidi';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Names the profile directories of one `npm test` run (scripts/test-all.ts sets it and
 * checks afterwards that no Firefox and no profile of that run is left).
 */
export const PROFILE_PREFIX = `diplolens-ff-${process.env.DIPLOLENS_FF_RUN ?? 'dev'}-`;

export interface FirefoxOptions {
  /** user.js preferences (values as JS literals are produced with JSON.stringify). */
  prefs?: Record<string, string | number | boolean>;
  /** How long Firefox may take to open its BiDi port; it is about 2 s here when quiet. */
  startTimeoutMs?: number;
}

export interface Firefox {
  bidi: BiDiClient;
  /** Every line Firefox wrote to stdout and stderr so far (console output with the prefs below). */
  readonly output: readonly string[];
  /** Called with each new output line. */
  onOutput(listener: (line: string) => void): () => void;
  readonly pid: number;
  readonly profile: string;
  close(): Promise<void>;
}

/** Children still running and their profiles, killed and removed when the test process exits however it exits. */
const live = new Map<ChildProcess, string>();
let exitHookInstalled = false;
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // detached: Firefox leads its own process group, its content processes are in it.
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const [child, profile] of live) {
      killGroup(child, 'SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    }
  };
  process.on('exit', killAll);
  // Interrupted (Ctrl+C, a CI timeout): no 'exit' event follows a signal's default action.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      killAll();
      process.off(signal, onSignal);
      // Whoever else listens decides; with no one, the signal's default action ends the process.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

const BASE_PREFS: Record<string, string | number | boolean> = {
  // The console API of pages, extension pages and the background page, and uncaught
  // errors, printed to stdout; the browser's own chrome console is left out.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': false,
  // No first-run pages, no network chatter (there is no network here).
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.normandy.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

export async function launchFirefox(options: FirefoxOptions = {}): Promise<Firefox> {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `firefox-esr is not installed at ${FIREFOX}: 'sudo apt-get install -y firefox-esr' (Debian), or set FIREFOX_PATH. npm test installs it when run as root.`,
    );
  }
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const profile = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
  const prefs = { ...BASE_PREFS, ...options.prefs };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );

  installExitHook();
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // No crash reporter: it runs as a separate session that a kill of the group would miss.
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_HEADLESS: '1' },
    },
  );
  live.set(child, profile);
  const exited = new Promise<void>((ok) => child.once('exit', () => (live.delete(child), ok())));

  const output: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const feed = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        for (const l of listeners) l(line);
      }
    });
  };
  feed(child.stdout!);
  feed(child.stderr!);

  let closing: Promise<void> | null = null;
  let bidi: BiDiClient | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      if (bidi && !bidi.closed) {
        await bidi.send('session.end', {}, 5_000).catch(() => undefined);
        bidi.close();
      }
      killGroup(child, 'SIGTERM');
      const gone = await Promise.race([exited.then(() => true), new Promise<boolean>((ok) => setTimeout(() => ok(false), 10_000))]);
      if (!gone) {
        killGroup(child, 'SIGKILL');
        await exited;
      }
      // Content processes may outlive the parent by a moment: end the group for good.
      killGroup(child, 'SIGKILL');
      for (let i = 0; i < 5; i++) {
        try {
          rmSync(profile, { recursive: true, force: true });
          break;
        } catch {
          await new Promise((ok) => setTimeout(ok, 200)); // a process still writing to it
        }
      }
    })());

  try {
    const url = await new Promise<string>((ok, no) => {
      const timer = setTimeout(
        () => no(new Error(`firefox-esr did not open its WebDriver BiDi port within ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      const check = (line: string) => {
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      };
      output.forEach(check);
      listeners.add(check);
      child.once('error', (e) => (clearTimeout(timer), no(new Error(`firefox-esr could not start: ${e.message}`))));
      child.once('exit', (code, signal) =>
        (clearTimeout(timer), no(new Error(`firefox-esr exited before its BiDi port opened (code ${code}, signal ${signal})`))),
      );
    });
    bidi = await connectBiDi(`${url}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  } catch (error) {
    await close();
    const tail = output.filter((l) => l.trim()).slice(-20).join('\n  ');
    throw new Error(`${(error as Error).message}\n  Firefox said:\n  ${tail || '(nothing)'}`, { cause: error });
  }

  return {
    bidi,
    output,
    onOutput(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pid: child.pid!,
    profile,
    close,
  };
}
