// The book as a reader sees it, in a real headless browser: a chapter renders, its timeline
// diagram is shown, its quiz appears and accepts an answer, and the search finds a chapter by a
// word in it.
//
//   node book.test.mjs BUILT_BOOK_DIR
//
// It serves the built book on a local port and drives Debian's Chromium (/usr/bin/chromium, or
// the CHROMIUM environment variable) with playwright-core. It prints one line per check and exits
// with 1 at the first that fails.
import http from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";

const root = process.argv[2];
if (!root) {
  console.error("usage: node book.test.mjs BUILT_BOOK_DIR (build it with `mdbook build book`)");
  process.exit(2);
}

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
const server = http.createServer(async (request, response) => {
  let file = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (file.endsWith("/")) file += "index.html";
  try {
    const body = await readFile(path.join(root, path.normalize(file)));
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
const base = `http://127.0.0.1:${server.address().port}`;

// The flags keep Chromium from reaching out to the network, which a closed machine refuses.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
async function check(what, body) {
  try {
    await body();
    console.log(`ok      ${what}`);
  } catch (error) {
    console.log(`FAILED  ${what}: ${error.message.split("\n")[0]}`);
    failed = true;
  }
}

try {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${base}/01_together.html`);

  await check("chapter 01 renders with its title", async () => {
    const title = await page.locator("main h1").first().textContent();
    if (!title.includes("Sequential vs parallel")) throw new Error(`the title is "${title}"`);
  });

  await check("chapter 01 shows its timeline diagram", async () => {
    const diagram = page.locator("main pre", { hasText: "The reference solution, on the same scenario" });
    await diagram.first().waitFor();
    const text = await diagram.first().textContent();
    if (!text.includes("task_one") || !text.includes("1500 ms")) throw new Error(`it reads: ${text}`);
  });

  await check("chapter 01's quiz appears and accepts an answer", async () => {
    const quiz = page.locator(".mdbook-quiz");
    await quiz.locator("button.start").click();
    await quiz.locator(".counter", { hasText: "Question 1" }).waitFor();
    await quiz.locator("input[type=text]").fill("1500");
    await quiz.locator("input[type=submit]").click();
    await quiz.locator(".counter", { hasText: "Question 2" }).waitFor();
  });

  await check("the search finds the allSettled chapter", async () => {
    await page.locator("#mdbook-search-toggle").click();
    // Typed key by key, as a reader does: the search runs on each key.
    await page.locator("#mdbook-searchbar").pressSequentially("allSettled");
    await page.locator('#mdbook-searchresults a[href*="06_all_settled"]').first().waitFor();
  });
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
