// POST /api/workflows/import answers the saved definition for our own format, and { definition, warnings, unmapped }
// for an Elsa 3 export. Both become one shape.

import type { ElsaImportAnswer, WorkflowDefinition } from './types';

export function readImportAnswer(answer: WorkflowDefinition | ElsaImportAnswer): ElsaImportAnswer {
  if ('definition' in answer && answer.definition && typeof answer.definition === 'object') {
    const elsa = answer as ElsaImportAnswer;
    return { definition: elsa.definition, warnings: elsa.warnings ?? [], unmapped: elsa.unmapped ?? [], converted: true };
  }
  return { definition: answer as WorkflowDefinition, warnings: [], unmapped: [], converted: false };
}
