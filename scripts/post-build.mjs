// Trunk post-build hook (Trunk.toml [[hooks]]): runs on the staging dir before it becomes dist/.
//  1. A strict Content-Security-Policy in index.html, with the SHA-256 of every inline
//     script Trunk emitted (computed here, from the bytes that ship; no fixed nonce).
//  2. sw.js from assets/sw.template.js: the list of files to cache for offline use and a
//     version derived from their contents, so every new build is a new service worker.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
html = html.replace(
  /<meta charset="utf-8" \/>/,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
);
writeFileSync(indexPath, html);

// Every file of the build, relative to the app's folder ("./" is the app shell itself).
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== "sw.js") files.push(relative(dir, path).split("\\").join("/"));
  }
};
walk(dir);
files.sort();
const version = createHash("sha256");
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const template = readFileSync("assets/sw.template.js", "utf8");
const sw = template
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__FILES__", JSON.stringify(["./", ...files.map((f) => `./${f}`)], null, 2));
writeFileSync(join(dir, "sw.js"), sw);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es); sw.js caches ${files.length + 1} files`);
