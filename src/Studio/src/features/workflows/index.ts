export { WorkflowList } from './WorkflowList';
