// A small static file server for dist/ (no dependencies): used by `scripts/serve.sh`
// and by the Playwright tests. It serves the same folder at `/` and at `/sopir/`,
// so both ways of hosting Sopir are exercised. Loopback only by default.
//
//   node scripts/static-server.mjs [--dir dist] [--host 127.0.0.1] [--port 8080]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? "dist");
const host = args.host ?? "127.0.0.1";
const port = Number(args.port ?? 8080);
const SUBPATH = "/sopir/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  let rel = decodeURIComponent(urlPath);
  if (rel.startsWith(SUBPATH)) rel = rel.slice(SUBPATH.length - 1);
  const path = normalize(join(root, rel));
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return join(path, "index.html");
  return info?.isFile() ? path : null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === SUBPATH.slice(0, -1)) {
    res.writeHead(301, { Location: SUBPATH + url.search });
    return res.end();
  }
  const path = await fileFor(url.pathname);
  const body = path && (await readFile(path).catch(() => null));
  if (!body) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    return res.end("404 tidak ditemukan");
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  });
  res.end(body);
}).listen(port, host, () => {
  console.log(`Sopir: http://${host}:${port}/  (juga di http://${host}:${port}${SUBPATH})`);
});
