export { KnowledgePage } from './KnowledgePage';
