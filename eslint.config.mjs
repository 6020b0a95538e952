import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * The layers (README, "Where code lives"): lib/ is the data layer and knows nothing of presentation or routes;
 * components/ knows nothing of routes; product code never reaches into tests or benchmarks.
 */
const PRODUCT = ['./app', './components', './lib', './proxy.ts', './instrumentation.ts'];
export const layerZones = [
  { target: './lib', from: './components', message: 'lib/ is the data layer: it must not import presentation.' },
  { target: './lib', from: './app', message: 'lib/ must not import routes.' },
  { target: './components', from: './app', message: 'components/ must not import routes.' },
  ...PRODUCT.flatMap((target) => [
    { target, from: './e2e', message: 'Product code must not import end-to-end tests.' },
    { target, from: './bench', message: 'Product code must not import benchmarks.' },
    { target, from: './test-support', message: 'Product code must not import test support.' },
  ]),
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  // Tests may reach across layers (a route's test drives the route); product files may not.
  {
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  { ignores: ['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'tmp/**'] },
];
export default config;
