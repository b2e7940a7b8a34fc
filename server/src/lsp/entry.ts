// dist/server.js: the language server on the main thread and, run as a worker
// thread, the worker of its workspace index and of the CLI the .vsix ships
// (worker/main.ts). One bundle instead of two keeps the .vsix under its 1 MB
// budget; each side is loaded only where it runs.

import { isMainThread } from 'worker_threads';

if (isMainThread) require('./main');
else require('../worker/main');
