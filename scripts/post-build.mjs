// Trunk post-build hook (Trunk.toml [[hooks]]): runs on the staging dir before it becomes dist/.
//  1. The wasm is compiled from the top of <head> (see startCompiling).
//  2. A strict Content-Security-Policy in index.html, with the SHA-256 of every inline
//     script (computed here, from the bytes that ship; no fixed nonce).
//  3. sw.js from assets/sw.template.js: the list of files to cache for offline use and a
//     version derived from their contents, so every new build is a new service worker.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");

// Before the app runs there is no language setting to read: the default language.
const LOAD_FAILED =
  "Sopir gagal dimuat: berkas aplikasi di server tidak lengkap atau telah berubah. " +
  "Muat ulang halaman ini; bila tetap gagal, hubungi pengelola server Sopir. " +
  "Data kasus yang tersimpan di peramban ini tidak tersentuh.";

const indexPath = join(dir, "index.html");
let html = startCompiling(readFileSync(indexPath, "utf8"));

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

/** Trunk's loader, a module script, fetches and compiles the wasm only once the document
 * is parsed and the stylesheet loaded; the main thread is mostly idle before that. A
 * classic script at the top of <head> starts compiling at once, and the loader is given
 * the compiled module's promise. Next-day starts with 1,000 cases, alternating builds,
 * 8 runs each: medians 218.5 / 212.7 ms against 226.4 / 224.7 ms; first visits 206.1
 * against 211.9 ms. The fetch keeps the integrity the wasm's preload had (the preload
 * itself goes: this fetch is the load). Where the compile fails (a server that does not
 * send application/wasm) the loader gets the fetched response and falls back as before.
 * Where loading fails for good (a changed or missing wasm, or a loader script that cannot
 * be fetched), the page says so instead of "Memuat Sopir…" for ever. */
function startCompiling(page) {
  const loader = /await init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\)/;
  const wasm = page.match(loader)?.[1];
  if (!wasm) throw new Error("post-build: Trunk's loader no longer loads the wasm as expected");
  const preload = [...page.matchAll(/<link rel="preload" href="([^"]+)"[^>]*>/g)].find((m) => m[1] === wasm)?.[0];
  const integrity = preload?.match(/integrity="([^"]+)"/)?.[1];
  const load = `() => fetch(${JSON.stringify(wasm)}${integrity ? `, { integrity: ${JSON.stringify(integrity)} }` : ""})`;
  // assets/load-early.template.js, inlined: compile at once, and say so when loading fails
  // (through the loader's catch, or an error event of the loader's module script).
  const early = readFileSync("assets/load-early.template.js", "utf8")
    .trim()
    .replace("__LOAD__", () => load)
    .replace("__MESSAGE__", () => JSON.stringify(LOAD_FAILED));
  return (preload ? page.replace(preload, "") : page)
    .replace(loader, `await init({ module_or_path: self.sopirWasm ?? '${wasm}' }).catch(self.sopirLoadFailed)`)
    .replace(/<meta charset="utf-8" \/>/, `$&\n    <script>\n${early}\n</script>`);
}

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
