/**
 * npm start: builds the dashboard from the shipped data/ and serves it.
 * PORT (default 3000) and HOST choose where. Without HOST, Next listens on every interface: given
 * an IP such as 127.0.0.1, Next would serve shared links (rewritten to their twin pages by
 * proxy.ts) through an HTTP proxy to itself, since it names that address "localhost".
 */
import { execSync, spawn } from 'node:child_process';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const port = process.env.PORT ?? '3000';
const host = process.env.HOST;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', ...(host ? ['-H', host] : []), '-p', port], { stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('Ready')) console.log(`\nThe dashboard is running at http://${host ?? 'localhost'}:${port}/  (Ctrl+C to stop)\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
