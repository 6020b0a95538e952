/**
 * A bare Next.js App Router page, built and served from a scratch folder: one heading and a paragraph, the same Next
 * and React as Meridian and nothing of ours. `npm run lighthouse -- --floor` measures it as it measures our pages, to
 * tell the framework's own cost on this host (its boot task: module evaluation, RSC decoding, hydration) from ours.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitForServer } from '../production-server';

const FILES: Record<string, string> = {
  'package.json': '{ "private": true, "type": "module" }\n',
  'next.config.mjs': 'export default {};\n',
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['dom', 'esnext'], jsx: 'preserve', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, esModuleInterop: true },
    include: ['**/*.ts', '**/*.tsx'],
  }),
  'app/layout.tsx': `export const metadata = { title: 'A bare Next.js page', description: 'The framework and nothing else.' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.tsx': `export default function Page() {
  return <main><h1>A bare Next.js page</h1><p>The framework's own JavaScript, and nothing else.</p></main>;
}
`,
};

export async function startBareNextApp(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bare-next-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // Turbopack resolves nothing outside the project's folder (a symlinked node_modules fails), so the packages are
    // hard-linked in: instant, and no extra disk.
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
    const next = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
    execFileSync(process.execPath, [next, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const close = async () => {
      if (server.exitCode === null) await new Promise((resolve) => (server.once('exit', resolve), server.kill('SIGTERM')));
      remove();
    };
    const url = `http://127.0.0.1:${port}`;
    await waitForServer(url, Date.now() + 60_000).catch(async (error: unknown) => {
      await close();
      throw error;
    });
    return { url, close };
  } catch (error) {
    remove();
    throw error;
  }
}
