import { serveStatic } from './scripts/serve-static.mjs';
const s = await serveStatic(process.argv[2]);
console.log(s.url);
setTimeout(() => s.close(), 60000);
