// The scratch Next.js app: the consumer test type-checks it itself (bundler and nodenext).
// biome-ignore lint/style/noDefaultExport: Next.js reads the config's default export.
export default { typescript: { ignoreBuildErrors: true } };
