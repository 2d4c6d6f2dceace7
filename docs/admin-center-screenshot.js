// Takes the README's Admin Center screenshots: logs in to a running server's Admin Center, shows
// Explore > Monitor with the JVM, the connection pools and Liberty's thread pool (first file), then
// the application's Monitor with request count and average response time (second file, optional).
//
// usage: AC_USER=admin AC_PASSWORD=... node docs/admin-center-screenshot.js https://127.0.0.1:9443 \
//          docs/admin-center.png docs/admin-center-requests.png
// Needs: npm install playwright-core (any 1.x) and a Chromium (CHROMIUM, default /usr/bin/chromium).
// Put some load on the server while it runs, or the charts stay flat.
const { chromium } = require('playwright-core');

const [base, out, requestsOut] = process.argv.slice(2);
if (!base || !out || !process.env.AC_PASSWORD) {
  console.error('usage: AC_USER=admin AC_PASSWORD=... node admin-center-screenshot.js <https base URL> <server.png> [<requests.png>]');
  process.exit(2);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  // The server's certificate is the self-signed one Liberty generates.
  const page = await browser.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 1320 } });
  page.setDefaultTimeout(120000);

  await page.goto(base + '/adminCenter/');
  await page.fill('#j_username', process.env.AC_USER || 'admin');
  await page.fill('#j_password', process.env.AC_PASSWORD);
  await page.click('#loginButton');
  await page.waitForURL((url) => !url.toString().includes('login.jsp'));
  await page.waitForTimeout(3000);

  // Explore runs in an iframe of its own.
  await page.goto(base + '/adminCenter/#explore');
  await page.waitForTimeout(8000);
  const explore = page.frames().find((frame) => frame.url().includes('/explore-'));
  if (!explore) throw new Error('the Explore tool did not open');
  await explore.locator('[id$="SideTabStatsButton"]').first().click();
  await page.waitForTimeout(5000);

  // Edit the charts (Admin Center keeps each user's layout, so only what is missing): drop two
  // JVM charts, add the connection pools and the thread pool.
  await explore.locator('[id$="showHideGraphsButton"]').first().click();
  await page.waitForTimeout(2000);
  for (const chart of ['ClassesStats', 'ThreadStats']) {
    const remove = explore.locator(`[id$="${chart}_deleteGraphButton"]`);
    // dispatched, not clicked: the metrics panel covers the right-hand charts' buttons
    if (await remove.count()) await remove.first().dispatchEvent('click');
  }
  for (const button of ['addAllConnGraphButton', 'addAllThreadPoolGraphButton']) {
    const add = explore.locator(`[id="${button}"]`).first();
    if (await add.isVisible()) await add.dispatchEvent('click');
    await page.waitForTimeout(1500);
  }
  // The connection pool charts start empty: select every data source (jdbc/scim, jdbc/scimRead).
  const sources = explore.locator('[id^="widget_"][id$="configListSelect"]');
  for (let i = 0; i < (await sources.count()); i++) {
    const picker = sources.nth(i).getByText('Select data sources...');
    if (!(await sources.nth(i).isVisible()) || !(await picker.count())) continue; // chosen before
    await picker.click();
    await explore.locator('.dijitPopup td.dijitMenuItemLabel').filter({ hasText: /^\s*All\s*$/ }).locator('visible=true').first().click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
  }
  await explore.locator('[id$="ConfigureGraphsSaveButton"]').first().click();

  // Let the live charts collect a minute of data.
  const wait = Number(process.env.AC_WAIT_MS || 60000);
  await page.waitForTimeout(wait);
  await page.screenshot({ path: out });

  if (requestsOut) {
    // Applications > the application's card > Monitor: its servlet's requests and response time.
    await explore.locator('[id$="SideTabAppsButton"]').locator('visible=true').first().click();
    await page.waitForTimeout(4000);
    await explore.locator('[id$="newCardlabelCp"]').filter({ hasText: 'scimtool' }).first().click();
    await page.waitForTimeout(4000);
    await explore.locator('[id$="SideTabStatsButton"]').locator('visible=true').first().click();
    await page.waitForTimeout(wait);
    await page.screenshot({ path: requestsOut, clip: { x: 0, y: 0, width: 1280, height: 540 } });
  }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
