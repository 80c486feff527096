import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
for (const url of process.argv.slice(2)) {
  await p.goto('http://localhost:4332' + url);
  await p.emulateMedia({ media: 'print' });
  const name = url.replace(/\W+/g, '_');
  await p.pdf({ path: `/tmp/cls${name}.pdf`, format: 'A4', printBackground: true });
  await p.screenshot({ path: `/tmp/cls${name}.png`, fullPage: true });
  console.log(`/tmp/cls${name}.pdf`);
}
await b.close();
