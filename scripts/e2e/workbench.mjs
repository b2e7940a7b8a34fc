// Drives the workbench in headless Chromium: loads it with the extension under
// development and the compiled suite as test payload, relays what the suite
// prints, serves the suite's requests for things only the page can do
// (screenshots, reading the status bar), and resolves with the exit code.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `tmp` receives what Chromium would otherwise keep in the home folder (crash reports, caches). */
export async function launchBrowser(executablePath, tmp) {
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
    // Signals are the runner's to handle: it closes the browser and code-server together.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

function remote(url, p) {
  const { host } = new URL(url);
  return `vscode-remote://${host}${p.split(path.sep).join('/')}`;
}

/**
 * @param {object} o
 * @param {import('playwright-core').Browser} o.browser
 * @param {string} o.url code-server's base URL
 * @param {string} o.workspace folder to open
 * @param {string} o.extensionPath the extension under development
 * @param {string} o.testsPath the compiled suite's index.js
 * @param {string} o.bridge folder where the suite drops requests (POLICY_LENS_E2E_BRIDGE)
 * @param {string} o.artifacts where screenshots go
 * @param {(type: string, text: string) => void} o.log
 * @param {(line: string) => void} o.pageLog the page's own console
 */
export async function runSuite({ browser, url, workspace, extensionPath, testsPath, bridge, artifacts, log, pageLog }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();

  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? args.join(' ') : String(args);
    log(String(type), text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  // Workbench log lines also come through codeAutomationLog; keep the rest.
  page.on('console', (m) => {
    if (!m.text().startsWith('%c')) pageLog(`[console.${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => pageLog(`[pageerror] ${e.message}`));

  const payload = [
    ['extensionDevelopmentPath', remote(url, extensionPath)],
    ['extensionTestsPath', remote(url, testsPath)],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  await page.goto(`${url}/?${query}`, { waitUntil: 'domcontentloaded' });

  // The suite asks for things only the page can do by writing <id>.request.json
  // into the bridge folder; the answer goes to <id>.response.json.
  let stopped = false;
  const serve = (async () => {
    while (!stopped) {
      for (const name of existsSync(bridge) ? readdirSync(bridge) : []) {
        if (!name.endsWith('.request.json')) continue;
        const file = path.join(bridge, name);
        const request = JSON.parse(readFileSync(file, 'utf8'));
        rmSync(file);
        let response;
        try {
          response = await handle(page, request, artifacts);
        } catch (err) {
          const message = (err instanceof Error ? err.message : String(err)).replace(/\x1b\[[0-9;]*m/g, '');
          response = { error: message };
          // A picture of what was on screen instead, for the logs.
          if (request.kind === 'screenshot') {
            const file = path.join(artifacts, `${request.name}-failed.png`);
            if (await page.screenshot({ path: file }).then(() => true, () => false)) response.error += ` (screen saved to ${file})`;
          }
        }
        const out = path.join(bridge, name.replace('.request.json', '.response.json'));
        writeFileSync(out + '.tmp', JSON.stringify(response));
        renameSync(out + '.tmp', out);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const code = await exited;
  stopped = true;
  await serve;
  await context.close().catch(() => undefined);
  return code;
}

async function handle(page, request, artifacts) {
  switch (request.kind) {
    case 'screenshot': {
      // The suite opened a hover (or anything else worth a picture): wait for
      // it to be on screen, let it settle, then take the picture.
      if (request.waitFor) {
        await page.locator(request.waitFor).filter({ visible: true }).first().waitFor({ state: 'visible', timeout: request.timeoutMs ?? 10_000 });
      }
      await page.waitForTimeout(request.settleMs ?? 600);
      mkdirSync(artifacts, { recursive: true });
      const file = path.join(artifacts, `${request.name}.png`);
      await page.screenshot({ path: file });
      const text = request.waitFor
        ? await page.locator(request.waitFor).filter({ visible: true }).first().innerText().catch(() => '')
        : '';
      return { file, text };
    }
    case 'statusbar': {
      // Status bar entries are not visible through the extension API.
      const items = await page.locator('.statusbar-item').evaluateAll((els) =>
        els.map((el) => ({ id: el.id, text: (el.textContent ?? '').trim(), label: el.querySelector('a')?.getAttribute('aria-label') ?? '' })),
      );
      return { items };
    }
    case 'notifications': {
      // Notification toasts and the notification centre's list, as the writer sees them.
      const messages = await page.locator('.notification-list-item-message').evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
      return { messages };
    }
    default:
      throw new Error(`unknown request ${request.kind}`);
  }
}
