import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildEffektSchema, printEffektSchema } from '../graphql/schema.js';
import { SCHEMA_FILE } from '../graphql/schema-file.js';

await writeFile(SCHEMA_FILE, printEffektSchema(await buildEffektSchema()));
console.log(`wrote ${SCHEMA_FILE}`);
