export { Designer } from './Designer';
