/**
 * PostCSS plugin, run after Tailwind: drops Tailwind's `@property --tw-*` registrations and keeps the plain
 * `--tw-*: initial` defaults that Tailwind already emits for browsers without `@property` (its `@layer properties`
 * block), now for every browser. Chromium registers those properties during the page's first style pass and then
 * recalculates the style of the whole document and lays it out a second time before the first paint (trace event
 * "PropertyRegistration", 20-50 ms on a phone-class CPU). Nothing here animates a `--tw-*` value, the only thing the
 * registration would add.
 * @type {import('postcss').PluginCreator<void>}
 */
const unregisterTailwindProperties = () => ({
  postcssPlugin: 'unregister-tailwind-properties',
  AtRule: {
    property(rule) {
      if (rule.params.trim().startsWith('--tw-')) rule.remove();
    },
    layer(rule) {
      if (rule.params.trim() !== 'properties') return;
      // `@layer properties { @supports (no @property) { *, ::before, … { --tw-…: … } } }`: keep the inner rules.
      rule.walkAtRules('supports', (supports) => {
        supports.replaceWith(supports.nodes ?? []);
      });
    },
  },
});
unregisterTailwindProperties.postcss = true;

export default unregisterTailwindProperties;
