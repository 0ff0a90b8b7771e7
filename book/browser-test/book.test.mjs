// The book as a reader sees it, in a real headless browser: a chapter renders, its timeline
// pictures are shown, its quiz appears and accepts an answer, and the search finds a chapter by a
// word in it. On a phone (390 px) and on a desktop (1280 px), for every chapter: no timeline
// picture and no table is wider than its column, every picture is drawn, and in the dark themes
// the bars and the text stand out from the background. Screenshots of two chapters are saved in
// target/book-screenshots/ (CI keeps them as artifacts).
//
//   node book.test.mjs BUILT_BOOK_DIR
//
// It serves the built book on a local port and drives Debian's Chromium (/usr/bin/chromium, or
// the CHROMIUM environment variable) with playwright-core. It prints one line per check and exits
// with 1 when any failed.
import http from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

  await check("chapter 01 shows its timelines as pictures, rows in call order", async () => {
    const rows = await page.locator("main svg[role=img]").first().locator("g[data-end] > text").allTextContents();
    const tasks = rows.filter((text) => text.startsWith("task_"));
    if (tasks.join(",") !== "task_one,task_two") throw new Error(`its rows read: ${rows.join(" | ")}`);
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
  const chapters = [...(await readFile(path.join(root, "toc.html"), "utf8")).matchAll(/<a href="([^"#]+\.html)"/g)]
    .map((match) => match[1]);
  await check("the table of contents lists the chapters", async () => {
    if (!chapters.includes("01_together.html") || !chapters.includes("cheat_sheet.html")) {
      throw new Error(`it lists: ${chapters.join(", ")}`);
    }
  });
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const reader = await context.newPage();
    reader.setDefaultTimeout(10_000);
    for (const chapter of chapters) {
      await reader.goto(`${base}/${chapter}`);
      await check(`${chapter} at ${width} px: every picture and table fits its column`, async () => {
        const misfits = await reader.evaluate(fitsProblems);
        if (misfits.length > 0) throw new Error(misfits.join("; "));
      });
      if (/^\d\d_/.test(chapter)) {
        await check(`${chapter} at ${width} px: both timelines are drawn`, async () => {
          const drawn = await reader.evaluate(drawnPictures);
          if (drawn < 2) throw new Error(`${drawn} timeline pictures drawn, expected at least 2`);
        });
      }
    }
    await context.close();
  }
  for (const theme of ["navy", "coal"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    await context.addInitScript((chosen) => localStorage.setItem("mdbook-theme", chosen), theme);
    const reader = await context.newPage();
    reader.setDefaultTimeout(10_000);
    for (const chapter of chapters.filter((name) => /^\d\d_/.test(name))) {
      await reader.goto(`${base}/${chapter}`);
      await check(`${chapter} in the ${theme} theme: the bars and the text stand out`, async () => {
        const problems = await reader.evaluate(contrastProblems, theme);
        if (problems.length > 0) throw new Error(problems.join("; "));
      });
    }
    await context.close();
  }

  await check("screenshots of chapters 05 (phone, navy) and 06 (desktop, light) are saved", async () => {
    const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../target/book-screenshots");
    await mkdir(folder, { recursive: true });
    for (const [chapter, width, theme] of [["05_fail_fast", 390, "navy"], ["06_all_settled", 1280, "light"]]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript((chosen) => localStorage.setItem("mdbook-theme", chosen), theme);
      const reader = await context.newPage();
      await reader.goto(`${base}/${chapter}.html`);
      await reader.locator("main svg[role=img]").first().scrollIntoViewIfNeeded();
      await reader.screenshot({ path: path.join(folder, `${chapter}-${width}px-${theme}.png`), fullPage: true });
      await context.close();
    }
  });
} finally {
  await browser.close();
  server.close();
}

// In the page: each timeline picture or table wider than the column, or sticking out of it, and
// a page that scrolls sideways.
function fitsProblems() {
  const column = document.querySelector("main").getBoundingClientRect();
  const problems = [];
  const things = [...document.querySelectorAll("main svg[role=img], main table")];
  things.forEach((thing, index) => {
    const box = thing.getBoundingClientRect();
    if (box.left < column.left - 0.5 || box.right > column.right + 0.5) {
      const what = thing.tagName.toLowerCase() === "table" ? "table" : "picture";
      problems.push(`${what} ${index + 1} spans ${Math.round(box.width)} px of a ${Math.round(column.width)} px column`);
    }
  });
  if (document.documentElement.scrollWidth > window.innerWidth) {
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
  }
  return problems;
}

// In the page: how many timeline pictures are drawn, each with a size and a bar.
function drawnPictures() {
  return [...document.querySelectorAll("main svg[role=img]")].filter((picture) => {
    const box = picture.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && picture.querySelector("g[data-end] rect") !== null;
  }).length;
}

// In the page: a theme that did not apply, or a bar or a label the colour of the background.
function contrastProblems(theme) {
  const problems = [];
  if (!document.documentElement.classList.contains(theme)) {
    problems.push(`the page is not in the ${theme} theme (its classes: ${document.documentElement.className})`);
  }
  const background = getComputedStyle(document.querySelector(".page-wrapper") ?? document.body).backgroundColor;
  const pictures = [...document.querySelectorAll("main svg[role=img]")];
  if (pictures.length === 0) problems.push("no timeline picture");
  pictures.forEach((picture, index) => {
    const bar = picture.querySelector("g[data-end] rect");
    const label = picture.querySelector("g[data-end] > text");
    const fill = bar && getComputedStyle(bar).fill;
    const ink = label && getComputedStyle(label).fill;
    if (!fill || fill === background) problems.push(`picture ${index + 1}'s bar is ${fill} on ${background}`);
    if (!ink || ink === background || ink === "rgb(0, 0, 0)") {
      problems.push(`picture ${index + 1}'s text is ${ink} on ${background}`);
    }
  });
  return problems;
}
process.exit(failed ? 1 : 0);
