import { memo, useEffect, useMemo, useRef } from 'react';
import { Handle, Position, useNodeConnections, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { portsOf } from '../graph/ports';
import { DEFAULT_PORT } from '../graph/graph';
import { useCanvasContext } from './CanvasContext';
import { ActivityIcon } from './ActivityIcon';
import { RunBadge } from './RunBadge';
import type { ActivityFlowNode } from './types';

/** An activity on the canvas: one target handle, and one source handle per outcome port, named by the port. */
function ActivityNodeView({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const { descriptors, errors, runs } = useCanvasContext();
  const { activity } = data;
  const descriptor = descriptors.get(activity.type);
  const declared = portsOf(descriptor, activity);
  const connections = useNodeConnections({ handleType: 'source' });
  // A connection through a port the activity does not declare is drawn on a marked handle, so it stays visible.
  const undeclared = useMemo(
    () => [...new Set(connections.map((c) => c.sourceHandle ?? DEFAULT_PORT))].filter((port) => !declared.includes(port)),
    [connections, declared],
  );
  const ports = [...declared, ...undeclared];
  const portKey = ports.join('\n');
  const updateNodeInternals = useUpdateNodeInternals();
  // React Flow measures a node's handles when it mounts; only a later change of ports needs a new measure. Measuring
  // every node again on mount forced a layout per node, which made large workflows slow to open.
  const measuredPorts = useRef(portKey);
  useEffect(() => {
    if (measuredPorts.current === portKey) return;
    measuredPorts.current = portKey;
    updateNodeInternals(id);
  }, [id, portKey, updateNodeInternals]);

  const nodeErrors = errors.byNode[id] ?? [];
  const run = runs?.get(id);
  const classes = ['activity-node', `kind-${descriptor?.kind ?? 'unknown'}`, selected ? 'selected' : '', nodeErrors.length ? 'has-errors' : '', run ? `run-${run.status}` : ''];
  return (
    <div className={classes.join(' ')} data-testid={`node-${id}`} title={nodeErrors.map((e) => e.message).join('\n') || undefined}>
      <Handle type="target" position={Position.Left} className="target-handle" />
      <header>
        <ActivityIcon descriptor={descriptor} />
        <span className="type">{descriptor?.displayName ?? activity.type}</span>
        {nodeErrors.length > 0 && (
          <span className="error-badge" aria-label={`${nodeErrors.length} error(s)`}>
            {nodeErrors.length}
          </span>
        )}
      </header>
      <div className="title" title={activity.name || id}>
        {activity.name || id}
      </div>
      {run && <RunBadge run={run} />}
      {!descriptor && <div className="unknown">Unknown type {activity.type}</div>}
      <ul className="ports">
        {ports.map((port) => (
          <li key={port} className={undeclared.includes(port) ? 'undeclared' : undefined}>
            <span>{port}</span>
            <Handle type="source" position={Position.Right} id={port} data-port={port} className="port-handle" />
          </li>
        ))}
      </ul>
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);
