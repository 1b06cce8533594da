import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** MSW for Vitest: the happy path by default; tests override with `server.use(...)`. */
export const server = setupServer(...handlers);
