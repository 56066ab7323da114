import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repositoryRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Screenshots, traces and the host's log: under .test-services/, which git ignores. */
export const artifactsDir = path.join(repositoryRoot, '.test-services', 'studio');
