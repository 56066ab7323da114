export { TemplatesPage } from './TemplatesPage';
export { TemplateFieldList } from './TemplateFieldList';
export { TemplateOriginSummary } from './TemplateOriginSummary';
export { originOf, templateOf } from './origin';
