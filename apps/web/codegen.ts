import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the generated, committed client types live. The staleness test regenerates into memory. */
export const generatedDir = 'src/gql/';

export const codegenConfig: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [generatedDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string' },
      },
    },
  },
};

export default codegenConfig;
