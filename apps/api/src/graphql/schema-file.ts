import { fileURLToPath } from 'node:url';

/** apps/api/schema.graphql, from src/ and from dist/ alike. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
