import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129044655 } from './Migration20261129044655.js';
import { Migration20261129045721 } from './Migration20261129045721.js';
import { Migration20261129050958 } from './Migration20261129050958.js';
import { Migration20261129053034 } from './Migration20261129053034.js';
import { Migration20261129180500 } from './Migration20261129180500.js';

/** Checked-in migrations, in order; the list makes tsx and compiled runs load the same ones. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129044655', class: Migration20261129044655 },
  { name: 'Migration20261129045721', class: Migration20261129045721 },
  { name: 'Migration20261129050958', class: Migration20261129050958 },
  { name: 'Migration20261129053034', class: Migration20261129053034 },
  { name: 'Migration20261129180500', class: Migration20261129180500 },
];
