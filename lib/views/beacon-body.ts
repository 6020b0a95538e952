import { z } from 'zod';
import { slugSchema } from '../content/schema';

/** A beacon is tiny: `{"slug":"..."}`. Anything larger is refused before it is parsed. */
export const MAX_BEACON_BYTES = 512;

export const beaconSchema = z.object({ slug: slugSchema }).strict();
