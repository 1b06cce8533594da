import * as z from 'zod/mini';

// No code generation: by default zod compiles fast validators with `new Function`, which the
// production Content-Security-Policy (no 'unsafe-eval') forbids. This runs before any schema is
// built, so every module takes `z` from here, never from 'zod/mini' directly (lint enforces it).
z.config({ jitless: true });

export { z };
