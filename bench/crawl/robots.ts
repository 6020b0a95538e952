/**
 * The parts of robots.txt a polite crawler obeys: the group for its own name (else `*`), whose Disallow and Allow
 * rules are matched as Google does (longest matching rule wins, Allow on a tie; `*` any characters, `$` the end),
 * and the Sitemap lines.
 */
export interface Robots {
  allowed: (pathAndQuery: string) => boolean;
  sitemaps: string[];
}

interface Rule {
  allow: boolean;
  pattern: RegExp;
  length: number;
}

function toRule(allow: boolean, path: string): Rule {
  const source = path
    .replace(/[.+?^{}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\\\$$|\$$/, '$');
  return { allow, pattern: new RegExp(`^${source}`), length: path.length };
}

export function parseRobots(text: string, agent: string): Robots {
  const groups: { agents: string[]; rules: Rule[] }[] = [];
  const sitemaps: string[] = [];
  let current: { agents: string[]; rules: Rule[] } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'sitemap') sitemaps.push(value);
    else if (field === 'user-agent') {
      // Consecutive user-agent lines open one group together.
      if (!current || current.rules.length > 0) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
    } else if ((field === 'allow' || field === 'disallow') && current && value)
      current.rules.push(toRule(field === 'allow', value));
  }
  const name = agent.toLowerCase();
  const group =
    groups.find((g) => g.agents.some((a) => a !== '*' && name.includes(a))) ??
    groups.find((g) => g.agents.includes('*'));
  const rules = group?.rules ?? [];
  return {
    sitemaps,
    allowed: (pathAndQuery) => {
      const matching = rules
        .filter((rule) => rule.pattern.test(pathAndQuery))
        .sort((a, b) => b.length - a.length || Number(b.allow) - Number(a.allow));
      return matching[0]?.allow ?? true;
    },
  };
}
