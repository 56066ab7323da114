export { RunView } from './RunView';
export { RunDialog } from './RunDialog';
