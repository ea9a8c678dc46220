import { afterAll } from 'vitest';
import { beginFile, endFile } from './temp.ts';

// Vitest runs this before each test file, also when files share modules: the file gets its own
// temporary directory before any of its code runs, checked empty and removed when it ends.
beginFile();
afterAll(endFile);
