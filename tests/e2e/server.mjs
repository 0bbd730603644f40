// Serves one folder on 127.0.0.1 at a free port for the e2e tests (see
// lib/static-server.mjs). Usage: node server.mjs DIR [URL_FILE]: prints
// "listening <url>" and writes the URL to URL_FILE, if given.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/static-server.mjs';

const root = path.resolve(process.argv[2] ?? '.');
const urlFile = process.argv[3];

const { origin, server } = await startServer({ root });
if (urlFile) await fs.writeFile(urlFile, origin + '\n');
console.log(`listening ${origin} (serving ${root})`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
