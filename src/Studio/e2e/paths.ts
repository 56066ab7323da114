import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repositoryRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Screenshots, traces and the host's log: under .test-services/, which git ignores. */
export const artifactsDir = path.join(repositoryRoot, '.test-services', 'studio');

/**
 * The workflows folder the host loads at start (its `Workflows:Path`) into tenant default: the repository's workflows/,
 * or STUDIO_E2E_WORKFLOWS to try the Studio on another folder of workflow files.
 */
export const workflowsFolder = path.resolve(process.env.STUDIO_E2E_WORKFLOWS ?? path.join(repositoryRoot, 'workflows'));
