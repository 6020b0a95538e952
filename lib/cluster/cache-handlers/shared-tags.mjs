import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

/** Next's per-process record of tag invalidations, which its page cache consults on every read. */
export const { tagsManifest, areTagsExpired, areTagsStale } = tagsManifestModule;

// The same rules as Next's built-in handlers (tags-manifest), applied atomically in Redis: with a profile
// the tag goes stale now and expires `expire` seconds later; without one it expires now.
const UPDATE_TAGS = `
local stale, now, expireMs = ARGV[1] == '1', tonumber(ARGV[2]), tonumber(ARGV[3])
local states = {}
for i = 4, #ARGV do
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  local state = raw and cjson.decode(raw) or {}
  if stale then
    state.stale = now
    if expireMs then state.expired = now + expireMs end
  else
    state.expired = now
  end
  local encoded = cjson.encode(state)
  redis.call('HSET', KEYS[1], ARGV[i], encoded)
  states[#states + 1] = encoded
end
return states`;

/**
 * Tag invalidation times kept in one Redis hash (tag -> {"stale": ms, "expired": ms}) for every instance.
 * `sync` copies the given tags' times into this process's manifest, so Next's own checks (expired: render
 * now; stale: serve and refresh in the background) see invalidations made on any instance.
 * @param {import('ioredis').Redis} redis
 * @param {string} key
 */
export function sharedTags(redis, key) {
  return {
    /** @param {string[]} tags */
    async sync(tags) {
      if (tags.length === 0) return;
      const states = await redis.hmget(key, ...tags);
      tags.forEach((tag, i) => {
        const state = states[i];
        if (state) tagsManifest.set(tag, JSON.parse(state));
      });
    },
    /**
     * @param {string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async update(tags, durations) {
      if (tags.length === 0) return;
      const expireMs = durations?.expire === undefined ? '' : String(durations.expire * 1000);
      const states = /** @type {string[]} */ (
        await redis.eval(UPDATE_TAGS, 1, key, durations ? '1' : '0', String(Date.now()), expireMs, ...tags)
      );
      tags.forEach((tag, i) => tagsManifest.set(tag, JSON.parse(/** @type {string} */ (states[i]))));
    },
    /**
     * The latest time any of the tags expired (0 if never), as Next's built-in handler reports it.
     * @param {string[]} tags
     */
    async expiration(tags) {
      await this.sync(tags);
      return Math.max(0, ...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0));
    },
  };
}
