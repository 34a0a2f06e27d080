// A tiny local stand-in for the Hub's file endpoint, so @huggingface/hub (which only reads Hub
// repos) can parse local files: GET/HEAD /{owner}/{name}/resolve/{revision}/{path} served from
// ROOT/{owner}/{name}/{path}, with single Range requests (206) and Content-Length; anything else
// is a 404 (logged to stderr). Usage: node bench/local-hub.mjs ROOT ENDPOINT_FILE
// Writes http://127.0.0.1:PORT to ENDPOINT_FILE once listening; stops on SIGTERM.
import { createServer } from "node:http";
import { createReadStream, promises as fs, writeFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";

const [root, endpointFile] = process.argv.slice(2);
const RESOLVE = /^\/([^/]+)\/([^/]+)\/(?:resolve|raw)\/([^/]+)\/(.+)$/;
let requests = 0;

const server = createServer(async (req, res) => {
  requests++;
  const url = new URL(req.url, "http://127.0.0.1");
  const m = RESOLVE.exec(decodeURIComponent(url.pathname));
  const file = m && normalize(join(root, m[1], m[2], m[4]));
  if (!m || !file.startsWith(normalize(root) + sep) || (req.method !== "GET" && req.method !== "HEAD")) {
    console.error(`local-hub: 404 ${req.method} ${req.url}`);
    res.writeHead(404, { "X-Error-Code": "EntryNotFound" }).end();
    return;
  }
  let size;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    res.writeHead(404, { "X-Error-Code": "EntryNotFound" }).end();
    return;
  }
  const headers = { "Accept-Ranges": "bytes", ETag: `"${size}"`, "X-Repo-Commit": "0".repeat(40) };
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range) {
    start = Number(range[1]);
    end = range[2] === "" ? size - 1 : Math.min(Number(range[2]), size - 1);
    if (start >= size || start > end) {
      res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      return;
    }
    status = 206;
    headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  }
  headers["Content-Length"] = String(end - start + 1);
  res.writeHead(status, headers);
  if (req.method === "HEAD" || end < start) {
    res.end();
    return;
  }
  createReadStream(file, { start, end }).pipe(res);
});

server.listen(0, "127.0.0.1", () => {
  writeFileSync(endpointFile, `http://127.0.0.1:${server.address().port}`);
});
process.on("SIGTERM", () => {
  console.error(`local-hub: ${requests} requests`);
  server.close(() => process.exit(0));
});
