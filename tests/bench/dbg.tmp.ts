import { launchKartka, loadDemoBase, sidebarFrame } from '../e2e/harness';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer } from '../fakes/server';
import { benchMailbox, benchThreads } from './mailbox';
import { timeCard } from './card';
const server = await startFakeServer(mailRoutes(Date.now, { bench: (p, now, q) => benchMailbox(p, now, Number(q.get('people') ?? 1000)) }));
const k = await launchKartka({ server });
await loadDemoBase(k);
const bench = await k.extensionPage('bench.html');
await bench.waitForFunction(() => document.title.endsWith('ready'));
await bench.evaluate(() => (window as any).kartkaBench.seed(1000, 1000));
const page = await k.context.newPage();
const url = 'https://mail.google.com/mail/u/0/?mailbox=bench&people=1000#inbox';
for (const t of benchThreads(Date.now(), 1000)) {
  await page.goto(url);
  try { console.log(t.subject, t.name, await timeCard({ page, extensionId: k.extensionId, subjectSelector: 'h2.hP' }, 'tr.zA', t.subject, t.name)); }
  catch (e) { const f = await sidebarFrame(page, k.extensionId); console.log('FAIL', t.subject, t.name, (await f.locator('body').innerText()).slice(0, 200)); await page.screenshot({ path: '/tmp/dbg/fail.png' }); }
}
await k.close(); await server.close();
