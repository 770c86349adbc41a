import { chromium } from "@playwright/test";
const [url, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1200, height: 900 } });
await p.goto(url);
await p.screenshot({ path: `${out}-top.png` });
await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
await p.screenshot({ path: `${out}-bottom.png` });
await b.close();
