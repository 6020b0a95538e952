import unregisterTailwindProperties from './lib/css/postcss-unregister-tailwind-properties.mjs';

const config = { plugins: ['@tailwindcss/postcss', unregisterTailwindProperties] };
export default config;
