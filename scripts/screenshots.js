// Takes screenshots of a running Sigillo (scripts/run.sh) in headless Chromium, at the sizes asked,
// following a list of shots: who signs in, which page, what to click and type on the way. Run it
// through scripts/screenshots.sh, which installs playwright-core (no browser download: Debian's
// chromium is used). The shot list format is described in docs/screenshots/README.md.
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const SIZES = {
  phone: { width: 390, height: 844, mobile: true },
  desktop: { width: 1280, height: 800, mobile: false },
};

const port = process.env.SIGILLO_PORT || '8080';
const password = process.env.SIGILLO_DEMO_PASSWORD || 'Sigillo-Demo-2026';
const executable = process.env.SIGILLO_CHROMIUM || '/usr/bin/chromium';
const outbox = `http://localhost:${port}/dev/outbox`;

function url(tenant, page) {
  return `http://${tenant}.localhost:${port}${page}`;
}

// The newest SMS on the developer outbox (the demo's "phone"): its text, or '' when there is none.
async function newestSms(context) {
  const page = await context.newPage();
  try {
    await page.goto(outbox);
    const row = page.locator('#outbox tr.sms pre.text').first();
    return (await row.count()) ? await row.textContent() : '';
  } finally {
    await page.close();
  }
}

// Waits for an SMS newer than `before` and returns its code (the first run of 6 to 8 digits).
async function smsCode(context, before) {
  for (let i = 0; i < 60; i++) {
    const text = await newestSms(context);
    if (text && text !== before) {
      const code = /\b(\d{6,8})\b/.exec(text);
      if (code) return code[1];
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('no new SMS on ' + outbox);
}

// Answers Keycloak's pages (username, password, "Sigillo level 2" by SMS) until the browser is back
// on the tenant's portal. A page that is already the portal's is left alone.
async function signInIfAsked(page, user) {
  let sent = null;
  for (let round = 0; round < 8; round++) {
    await page.waitForLoadState('domcontentloaded');
    if (!page.url().includes('/realms/')) return;
    if (await page.locator('#sigillo-l2-sms-send').count()) {
      // a code field may be there before any SMS (a person with an app): send one first
      if (sent === null || !(await page.locator('#sms-code').count())) {
        if (sent !== null) throw new Error('the SMS was not sent: ' + (await page.locator('#sigillo-level-two').innerText()));
        sent = await newestSms(page.context());
        await Promise.all([page.waitForNavigation(), page.click('#sigillo-l2-sms-send-button')]);
        continue;
      }
      const code = await smsCode(page.context(), sent);
      await page.fill('#sms-code', code);
      await Promise.all([page.waitForNavigation(), page.click('#sigillo-l2-sms-verify')]);
    } else if (await page.locator('#password').count()) {
      await page.fill('#password', password);
      await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
    } else if (await page.locator('#username').count()) {
      await page.fill('#username', user);
      await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
    } else {
      throw new Error('unexpected Keycloak page: ' + page.url());
    }
  }
  throw new Error('still on Keycloak after the sign-in: ' + page.url());
}

// One step of a shot: {click}, {fill: [selector, value]} where value "{sms}" is the newest SMS
// code, {wait}, {open: path}, {blur: selector} (hides a secret), {scroll: selector}.
async function step(page, shot, s) {
  if (s.open) {
    await page.goto(url(shot.tenant, s.open));
    await signInIfAsked(page, shot.user);
  } else if (s.click) {
    const before = s.sms ? await newestSms(page.context()) : null;
    await Promise.all([page.waitForLoadState('load'), page.click(s.click)]);
    await page.waitForLoadState('load');
    if (before !== null) page.smsBefore = before;
  } else if (s.fill) {
    const value = s.fill[1] === '{sms}' ? await smsCode(page.context(), page.smsBefore || '') : s.fill[1];
    await page.fill(s.fill[0], value);
  } else if (s.wait) {
    await page.waitForSelector(s.wait);
  } else if (s.blur) {
    // a secret on the page (a QR code, a key) is blurred before the shot, through the CSSOM (the
    // pages' CSP refuses inline style elements)
    await page.$$eval(s.blur, (all) => all.forEach((e) => { e.style.filter = 'blur(6px)'; }));
  } else if (s.scroll) {
    await page.$eval(s.scroll, (e) => e.scrollIntoView());
  } else {
    throw new Error('unknown step ' + JSON.stringify(s));
  }
}

async function capture(page, cdp, file, size, fullPage) {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: 1,
    mobile: size.mobile,
  });
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage });
  console.log('wrote ' + file);
}

async function main() {
  const [list, outDir, ...only] = process.argv.slice(2);
  if (!list || !outDir) {
    console.error('usage: screenshots.js <shots.json> <output dir> [shot name …]');
    process.exit(2);
  }
  const spec = JSON.parse(fs.readFileSync(list, 'utf8'));
  const sizes = spec.sizes || Object.keys(SIZES);
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: executable,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts = new Map();
  let failed = 0;
  try {
    for (const shot of spec.shots) {
      if (only.length && !only.includes(shot.name)) continue;
      // one browser context per person and language: a second shot of the same person reuses the
      // sign-in (and its level 2) like a person going from page to page
      const key = `${shot.tenant}/${shot.user || ''}/${shot.lang || 'it'}`;
      if (!contexts.has(key)) {
        const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(url(shot.tenant, `/lang?to=${shot.lang || 'it'}&back=/`));
        contexts.set(key, page);
      }
      const page = contexts.get(key);
      try {
        for (const s of [{ open: shot.path }, ...(shot.steps || [])]) await step(page, shot, s);
        const cdp = await page.context().newCDPSession(page);
        for (const name of shot.sizes || sizes) {
          await capture(page, cdp, path.join(outDir, `${name}-${shot.name}.png`), SIZES[name], shot.fullPage !== false);
        }
        await cdp.send('Emulation.clearDeviceMetricsOverride');
        await cdp.detach();
        await page.setViewportSize({ width: 1280, height: 800 });
      } catch (e) {
        failed++;
        console.error(`shot ${shot.name} failed at ${page.url()}: ${e.message}`);
        await page.screenshot({ path: path.join(outDir, `failed-${shot.name}.png`), fullPage: true }).catch(() => {});
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
