export const tagsManifest: Map<string, { stale?: number; expired?: number }>;
