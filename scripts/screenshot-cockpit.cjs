// Screenshots of Cockpit for docs/process-owners.md, taken in headless Chromium (Debian's package)
// against a running WithMe (`./mvnw -B -o spring-boot:run`), logged in as the demo process owner.
// Usage: node scripts/screenshot-cockpit.cjs [baseUrl]
const path = require('node:path');
const { chromium } = require('playwright-core');

const BASE = process.argv[2] || 'http://localhost:8080';
const OUT = path.resolve(__dirname, '..', 'docs', 'images');

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [ '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run' ]
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${BASE}/camunda/app/cockpit/default/`);
    await page.locator('input[name="username"], #username, input[type="text"]').first().fill('owen');
    await page.locator('input[type="password"]').first().fill('owen');
    await page.locator('button[type="submit"], button:has-text("Log in")').first().click();
    await page.waitForSelector('text=Processes', { timeout: 30000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(OUT, 'cockpit-dashboard.png') });

    await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
    await page.waitForSelector('text=commissioning', { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(OUT, 'cockpit-processes.png') });

    await page.goto(`${BASE}/camunda/app/cockpit/default/#/repository`);
    await page.waitForSelector('text=Camunda Modeler', { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(OUT, 'cockpit-deployments.png') });
    // the latest commissioning cycle: its diagram and the version drop-down
    const auth = 'Basic ' + Buffer.from('owen:owen').toString('base64');
    const latest = await (await fetch(`${BASE}/engine-rest/process-definition/key/commissioning-cycle`,
      { headers: { Authorization: auth } })).json();
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${latest.id}/runtime`);
    await page.waitForSelector('.djs-container', { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(2500);
    await page.screenshot({ path: path.join(OUT, 'cockpit-process-definition.png') });

    console.log('docs/images/cockpit-*.png');
  } finally {
    await browser.close();
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
