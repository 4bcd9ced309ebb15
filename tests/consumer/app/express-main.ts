// Serves the guide's Express recipe (express-recipe.ts, extracted from docs/host-guide.md).
import { app } from './express-recipe.ts';

const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close());
