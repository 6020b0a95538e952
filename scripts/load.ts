/**
 * Load and soak test: `npm run load [-- --seconds 300 --connections 100 --port 3400]`. Starts the production
 * build (`npm start`'s server; run `npm run build` first) and a local weather upstream, drives them with autocannon over a
 * realistic mix for the given time after a warm-up, and prints totals, errors, 5xx and the server's memory growth
 * (resident set, from /proc). Exits 1 on any error or 5xx. `--url http://host:port --pid N` drives a server
 * that is already running instead.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadContent } from '../lib/content/load-content';
import { isPublic } from '../lib/content/visibility';
import { startProductionServer } from './production-server';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    connections: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '15' },
    port: { type: 'string', default: '3400' },
    url: { type: 'string' },
    pid: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmupSeconds = Math.min(Number(values.warmup), seconds);

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
}

interface MixEntry {
  method?: 'GET' | 'POST';
  path: string;
  cookie?: string;
  body?: string;
  headers?: Record<string, string>;
}

/** Weighted requests, shuffled once; handed out round-robin across all connections (see run()). */
function requestMix(): { path: string; headers: Record<string, string> }[] {
  const content = loadContent();
  const now = Date.now();
  const articles = content.articles.filter((a) => isPublic(a, now)).map((a) => a.slug);
  const cities = ['beijing', 'tokyo', 'london', 'new-york', 'sydney', 'singapore', 'mumbai'];
  const mix: MixEntry[] = [];
  const add = (times: number, make: (i: number) => MixEntry) => {
    for (let i = 0; i < times; i++) mix.push(make(i));
  };
  add(30, () => ({ path: '/' }));
  add(10, (i) => ({ path: '/', cookie: `meridian-city=${cities[i % cities.length]}; meridian-unit=${i % 2 ? 'f' : 'c'}` }));
  add(60, (i) => ({ path: `/articles/${articles[i % articles.length]}` }));
  add(20, (i) => ({ path: `/articles/${articles[(i * 7) % articles.length]}`, cookie: `meridian-city=${cities[i % cities.length]}` }));
  add(12, (i) => ({ path: `/section/${content.sections[i % content.sections.length]!.slug}` }));
  add(12, (i) => ({ path: `/tag/${content.tags[i % content.tags.length]!.slug}` }));
  add(4, (i) => ({ path: `/author/${content.authors[i % content.authors.length]!.slug}` }));
  add(4, (i) => ({ path: `/page/${2 + (i % 3)}` }));
  add(6, (i) => ({ path: ['/feed.xml', '/atom.xml', '/feed.json'][i % 3]! }));
  add(3, (i) => ({ path: ['/sitemap.xml', '/news-sitemap.xml', '/robots.txt'][i % 3]! }));
  add(15, (i) => ({ path: `/api/weather?city=${cities[i % cities.length]}&unit=${i % 2 ? 'f' : 'c'}` }));
  add(10, (i) => ({ path: `/api/stories?list=latest&page=${1 + (i % 3)}` }));
  add(4, (i) => ({ path: `/api/stories?list=section&slug=${content.sections[i % content.sections.length]!.slug}&page=1` }));
  add(3, (i) => ({ path: `/articles/no-such-story-${i}` }));
  add(2, () => ({ path: '/api/health' }));
  const words = ['gold', 'chips', 'central banks', 'battery', 'shipping', 'cloud', 'inflation', 'merger'];
  add(8, (i) => ({ path: `/search?q=${encodeURIComponent(words[i % words.length]!)}${i % 2 ? '&sort=date' : ''}` }));
  add(4, (i) => ({ path: `/api/search/suggest?q=${encodeURIComponent(words[i % words.length]!.slice(0, 3 + (i % 3)))}` }));
  // View beacons as readers' browsers send them, each reader with its own address and browser.
  add(12, (i) => ({
    method: 'POST',
    path: '/api/views',
    body: JSON.stringify({ slug: articles[(i * 5) % articles.length] }),
    headers: {
      'content-type': 'application/json',
      'user-agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${i}.0 Safari/537.36`,
      'x-forwarded-for': `198.51.100.${i + 1}`,
    },
  }));
  for (let i = mix.length - 1; i > 0; i--) {
    const j = (i * 7919 + 13) % (i + 1);
    [mix[i], mix[j]] = [mix[j]!, mix[i]!];
  }
  return mix.map(({ method = 'GET', path, cookie, body, headers = {} }) => ({ method, path, body, headers: cookie ? { ...headers, cookie } : headers }));
}

function run(url: string, duration: number, mix: ReturnType<typeof requestMix>): Promise<autocannon.Result> {
  let next = 0;
  // One shared cursor: every request takes the next path of the mix, whichever connection sends it.
  const requests: autocannon.Request[] = [{ setupRequest: (request) => ({ ...request, ...mix[next++ % mix.length]! }) }];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, requests, timeout: 10 }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function main() {
  let url = values.url;
  let pid = values.pid ? Number(values.pid) : undefined;
  const cleanups: (() => Promise<void> | void)[] = [];
  if (!url) {
    const server = await startProductionServer(Number(values.port));
    cleanups.push(() => server.close());
    url = server.url;
    pid = server.pid;
  }
  try {
    const requests = requestMix();
    console.log(`Load: ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s against ${url} (${requests.length} paths in the mix)`);
    await run(url, warmupSeconds, requests);
    const samples: number[] = [];
    const baseline = pid ? rssKiB(pid) : NaN;
    const sampler = pid ? setInterval(() => samples.push(rssKiB(pid!)), 5000) : undefined;
    const result = await run(url, seconds, requests);
    if (sampler) clearInterval(sampler);
    const final = pid ? rssKiB(pid) : NaN;
    const codes = { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] };
    const serverErrors = result['5xx'];
    const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
    console.log(`Requests:      ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average)`);
    console.log(`Status codes:  ${JSON.stringify(codes)}`);
    console.log(`Errors:        ${result.errors} (timeouts ${result.timeouts})`);
    console.log(`5xx:           ${serverErrors}`);
    console.log(`Latency:       p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`Throughput:    ${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`);
    if (pid) {
      const peak = Math.max(final, ...samples);
      console.log(`Server memory: ${mib(baseline)} after warm-up, ${mib(final)} at the end (peak ${mib(peak)}): growth ${(((final - baseline) / baseline) * 100).toFixed(1)}%`);
    }
    const ok = result.errors === 0 && serverErrors === 0;
    console.log(ok ? 'PASS: no errors, no 5xx' : 'FAIL: errors or 5xx');
    process.exitCode = ok ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

await main();
