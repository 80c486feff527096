import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto('http://localhost:4332/ru/quizzes/money-mules/classroom/');
await p.locator('[data-stage]').focus();
for (let i = 0; i < 7; i++) { await p.keyboard.press('Space'); await p.keyboard.press('ArrowRight'); }
await p.keyboard.press('Space');
await p.locator('[data-slide]:visible').screenshot({ path: '/tmp/cls-matching-slide.png' });
await b.close();
