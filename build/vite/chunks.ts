/**
 * How the build groups modules into files (rolldown's `codeSplitting`): React, React Router and
 * TanStack Query in one long-cached `vendor` file; app code that several pages share in `shared`;
 * each page's own code stays in its lazily loaded chunk. Groups are chosen by package name and by
 * how many chunks share a module, not by file paths that change when a file is renamed.
 */
const VENDOR = [
  'react',
  'react-dom',
  'react-router',
  'scheduler',
  '@tanstack/react-query',
  '@tanstack/query-core',
];

const inPackage = (id: string, name: string) =>
  id.includes(`/node_modules/${name}/`) || id.includes(`\\node_modules\\${name.replace('/', '\\')}\\`);

export const codeSplitting = {
  groups: [
    { name: 'vendor', test: (id: string) => VENDOR.some((name) => inPackage(id, name)) },
    {
      // App modules imported by at least three chunks: one file instead of many tiny ones.
      name: 'shared',
      test: (id: string) => !id.includes('node_modules') && /[\\/]src[\\/]/.test(id),
      minShareCount: 3,
    },
  ],
};
