// Serves the guide's Hono recipe (hono-recipe.ts, extracted from docs/host-guide.md).
import { serve } from '@hono/node-server';
import { app } from './hono-recipe.ts';

const server = serve(
  { fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' },
  () => console.log('listening'),
);
process.on('SIGTERM', () => server.close());
