import { useMemo, useState, type DragEvent } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import type { ActivityDescriptor } from '../../api/types';
import { CanvasContext } from '../../canvas/CanvasContext';
import { connectionValidator } from '../../canvas/connections';
import { nodeTypes } from '../../canvas/nodeTypes';
import type { StudioNode } from '../../canvas/types';
import { PALETTE_MIME } from './palette';
import type { WorkflowDraft } from './useWorkflowDraft';

interface Props {
  draft: WorkflowDraft;
  descriptors: ReadonlyMap<string, ActivityDescriptor>;
}

const deleteKeys = ['Backspace', 'Delete'];

/** The flowchart: drop activities from the palette, wire ports, select to edit, Delete to remove. */
export function Canvas({ draft, descriptors }: Props) {
  const { screenToFlowPosition } = useReactFlow<StudioNode>();
  // Fit the opened workflow once; an empty one keeps the default viewport, so the first drop lands where it is dropped.
  const [fitOnOpen] = useState(() => draft.nodes.length > 0);
  const context = useMemo(() => ({ descriptors, errors: draft.errors }), [descriptors, draft.errors]);
  const isValidConnection = useMemo(() => connectionValidator(draft.nodes, descriptors), [draft.nodes, descriptors]);
  // Edges named by a validation error are drawn in red.
  const edges = useMemo(
    () => draft.edges.map((edge) => (draft.errors.byEdge[edge.id] ? { ...edge, className: 'has-error', ariaLabel: draft.errors.byEdge[edge.id]![0]!.message } : edge)),
    [draft.edges, draft.errors],
  );

  function onDragOver(event: DragEvent) {
    if (event.dataTransfer.types.includes(PALETTE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  }

  function onDrop(event: DragEvent) {
    const type = event.dataTransfer.getData(PALETTE_MIME);
    if (!type) {
      return;
    }
    event.preventDefault();
    const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    draft.addActivity(type, { x: position.x - 100, y: position.y - 30 });
  }

  return (
    <CanvasContext.Provider value={context}>
      <div className="canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
        <ReactFlow
          nodes={draft.nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={draft.onNodesChange}
          onEdgesChange={draft.onEdgesChange}
          onConnect={draft.onConnect}
          onReconnect={draft.onReconnect}
          isValidConnection={isValidConnection}
          deleteKeyCode={deleteKeys}
          fitView={fitOnOpen}
          fitViewOptions={{ maxZoom: 1 }}
        >
          <Background gap={20} />
          <Controls />
          <MiniMap pannable zoomable />
        </ReactFlow>
      </div>
    </CanvasContext.Provider>
  );
}
