import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The full run shares two cores between four projects: give `findBy*` room. This bounds
// waiting only; no test asserts on time.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
