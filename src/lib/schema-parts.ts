/** The smallest pieces of the content schemas, shared by schemas.ts and simulator-schema.ts. */
import { z } from 'zod';

/** Ids and slugs: lowercase letters, digits and single hyphens, as they appear in URLs. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, e.g. "fake-bank-call"');

export const text = z.string().trim().min(1, 'write some text here; it must not be empty');
