import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveStatic } from './test/browser/support/static-server.ts';
const site = await serveStatic('dist/');
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const t = Date.now();
const r = await lighthouse(site.origin + '/fi/calm/', { port: chrome.port, output: 'json', logLevel: 'error' });
console.log((Date.now() - t) / 1000, Object.fromEntries(Object.entries(r.lhr.categories).map(([k, v]) => [k, v.score])));
for (const cat of Object.values(r.lhr.categories)) for (const ref of cat.auditRefs) { const a = r.lhr.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(cat.id, ref.id, a.score, a.displayValue ?? ''); }
console.log(r.lhr.runWarnings);
await chrome.kill(); await site.close();
