import { useEffect, useMemo, useState } from 'react';
import { Background, Controls, ReactFlow, useNodesInitialized, useReactFlow, type OnSelectionChangeParams } from '@xyflow/react';
import type { ActivityDescriptor, WorkflowDefinition } from '../../api/types';
import { CanvasContext } from '../../canvas/CanvasContext';
import { nodeTypes } from '../../canvas/nodeTypes';
import type { StudioEdge, StudioNode } from '../../canvas/types';
import { NO_ERRORS } from '../../graph/errors';
import { toGraph } from '../../graph/graph';
import type { RunState } from '../../graph/runState';

interface Props {
  definition: WorkflowDefinition;
  descriptors: ReadonlyMap<string, ActivityDescriptor>;
  runs: RunState;
  onSelect: (activityId: string | null) => void;
}

/** The graph of the version an instance runs, read-only, each node coloured by what the run did to it. */
export function RunCanvas({ definition, descriptors, runs, onSelect }: Props) {
  const [graph] = useState(() => toGraph(definition));
  const context = useMemo(() => ({ descriptors, errors: NO_ERRORS, runs }), [descriptors, runs]);
  // Fit once the nodes are measured and the panel beside the canvas has taken its width.
  const measured = useNodesInitialized();
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (measured) void fitView({ maxZoom: 1 });
  }, [measured, fitView]);
  return (
    <CanvasContext.Provider value={context}>
      <div className="canvas" data-testid="run-canvas">
        <ReactFlow<StudioNode, StudioEdge>
          defaultNodes={graph.nodes}
          defaultEdges={graph.edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesReconnectable={false}
          deleteKeyCode={null}
          onSelectionChange={({ nodes }: OnSelectionChangeParams) => onSelect(nodes[0]?.id ?? null)}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </CanvasContext.Provider>
  );
}
