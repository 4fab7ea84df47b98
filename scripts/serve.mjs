/**
 * npm start: builds the dashboard from the shipped data/ and serves it.
 * PORT (default 3000) and HOST (default 127.0.0.1) choose where.
 */
import { execSync, spawn } from 'node:child_process';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', host, '-p', port], { stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('Ready')) console.log(`\nThe dashboard is running at http://${host}:${port}/  (Ctrl+C to stop)\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
