export { InstanceList } from './InstanceList';
export { InstanceDetailPage } from './InstanceDetailPage';
