// The store of one open workflow: its canvas nodes and edges, the rest of its document, whether it changed since the
// last save, and the server's validation errors placed on nodes, fields and edges.

import { useCallback, useRef, useState } from 'react';
import { addEdge, reconnectEdge, useEdgesState, useNodesState, type Connection, type Edge, type EdgeChange, type NodeChange, type XYPosition } from '@xyflow/react';
import type { ActivityDefinition, Json, WorkflowDefinition } from '../../api/types';
import { NO_ERRORS, type PlacedErrors } from '../../graph/errors';
import { ACTIVITY_NODE, DEFAULT_PORT, edgeId, toDefinition, toGraph, type WorkflowDocument } from '../../graph/graph';
import { newActivityId } from '../../graph/ids';
import { copySelection, pasteClipboard, type Clipboard } from '../../graph/clipboard';
import { autoLayout } from '../../graph/layout';
import type { StudioEdge, StudioNode } from '../../canvas/types';
import { useDraftHistory, type DraftSnapshot } from './useDraftHistory';

const changesContent = (change: NodeChange | EdgeChange) => change.type !== 'select' && change.type !== 'dimensions';
const changesStructure = (change: NodeChange | EdgeChange) => change.type === 'add' || change.type === 'remove' || change.type === 'replace';

export function useWorkflowDraft(initial: WorkflowDefinition) {
  // The draft starts from the definition once; a later answer from the server (after a save) does not reset the canvas.
  const [graph] = useState(() => toGraph(initial));
  const [document, setDocumentState] = useState<WorkflowDocument>(graph.document);
  const [nodes, setNodes, applyNodeChanges] = useNodesState<StudioNode>(graph.nodes);
  const [edges, setEdges, applyEdgeChanges] = useEdgesState<StudioEdge>(graph.edges);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const restore = useCallback(
    (snapshot: DraftSnapshot) => {
      setNodes(snapshot.nodes);
      setEdges(snapshot.edges);
      setDocumentState(snapshot.document);
      setDirty(true);
    },
    [setNodes, setEdges],
  );
  const history = useDraftHistory({ nodes, edges, document }, restore);
  const { checkpoint } = history;
  const dragging = useRef(false);

  const onNodesChange = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      // A drag is one step: the state is kept when it starts, not on every move.
      const moves = changes.filter((change) => change.type === 'position');
      const drags = moves.some((change) => change.type === 'position' && change.dragging);
      if ((drags && !dragging.current) || changes.some(changesStructure)) checkpoint();
      if (moves.length) dragging.current = drags;
      applyNodeChanges(changes);
      if (changes.some(changesContent)) setDirty(true);
    },
    [applyNodeChanges, checkpoint],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<StudioEdge>[]) => {
      if (changes.some(changesStructure)) checkpoint();
      applyEdgeChanges(changes);
      if (changes.some(changesContent)) setDirty(true);
    },
    [applyEdgeChanges, checkpoint],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const port = connection.sourceHandle ?? DEFAULT_PORT;
      const edge: StudioEdge = {
        id: edgeId(connection.source, port, connection.target),
        source: connection.source,
        target: connection.target,
        sourceHandle: port,
        data: { extra: {}, explicitPort: false },
      };
      checkpoint();
      setEdges((current) => addEdge(edge, current));
      setDirty(true);
    },
    [setEdges, checkpoint],
  );

  /** Drags an edge's end to another port or activity: the same connection, moved. */
  const onReconnect = useCallback(
    (old: Edge, connection: Connection) => {
      const port = connection.sourceHandle ?? DEFAULT_PORT;
      checkpoint();
      setEdges((current) =>
        reconnectEdge(old as StudioEdge, { ...connection, sourceHandle: port }, current, { shouldReplaceId: false }).map((edge) =>
          edge.id === old.id ? { ...edge, id: edgeId(connection.source, port, connection.target) } : edge,
        ),
      );
      setDirty(true);
    },
    [setEdges, checkpoint],
  );

  const addActivity = useCallback(
    (type: string, position: XYPosition) => {
      checkpoint();
      setNodes((current) => {
        const id = newActivityId(type, current.map((node) => node.id));
        const node: StudioNode = { id, type: ACTIVITY_NODE, position, data: { activity: { id, type, inputs: {} } }, selected: true };
        return [...current.map((n) => (n.selected ? { ...n, selected: false } : n)), node];
      });
      setDirty(true);
    },
    [setNodes, checkpoint],
  );

  const updateActivity = useCallback(
    (id: string, update: (activity: ActivityDefinition) => ActivityDefinition, field = '') => {
      checkpoint(`${id}:${field}`);
      setNodes((current) => current.map((node) => (node.id === id ? { ...node, data: { ...node.data, activity: update(node.data.activity) } } : node)));
      setDirty(true);
    },
    [setNodes, checkpoint],
  );

  const setInput = useCallback(
    (id: string, name: string, value: Json | undefined) =>
      updateActivity(id, (activity) => {
        const inputs = { ...(activity.inputs ?? {}) };
        if (value === undefined) delete inputs[name];
        else inputs[name] = value;
        return { ...activity, inputs };
      }, `inputs.${name}`),
    [updateActivity],
  );

  const setDocument = useCallback(
    (update: (document: WorkflowDocument) => WorkflowDocument) => {
      checkpoint('document');
      setDocumentState(update);
      setDirty(true);
    },
    [checkpoint],
  );

  /** The selected activities and the connections between them, or null when nothing is selected. */
  const copy = useCallback(() => copySelection(nodes, edges), [nodes, edges]);

  /** Pastes a clipboard as one undo step: new ids, moved by the offset, and only the pasted activities selected. */
  const paste = useCallback(
    (clipboard: Clipboard, offset: XYPosition) => {
      const pasted = pasteClipboard(clipboard, nodes.map((node) => node.id), offset);
      if (pasted.nodes.length === 0) return;
      checkpoint();
      setNodes((current) => [...current.map((node) => (node.selected ? { ...node, selected: false } : node)), ...(pasted.nodes as StudioNode[])]);
      setEdges((current) => [...current.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)), ...pasted.edges]);
      setDirty(true);
    },
    [nodes, setNodes, setEdges, checkpoint],
  );

  /** Arranges every activity left to right along its connections (dagre), as one undo step. */
  const layout = useCallback(() => {
    if (nodes.length === 0) return;
    const positions = autoLayout(
      nodes.map((node) => ({ id: node.id, width: node.measured?.width, height: node.measured?.height })),
      edges,
    );
    checkpoint();
    setNodes((current) => current.map((node) => (positions.has(node.id) ? { ...node, position: positions.get(node.id)! } : node)));
    setDirty(true);
  }, [nodes, edges, setNodes, checkpoint]);

  const definition = useCallback(() => toDefinition({ document, nodes, edges }), [document, nodes, edges]);

  /** After a save: the server's version, no errors, nothing unsaved. */
  const markSaved = useCallback((saved: WorkflowDefinition) => {
    setDocumentState((current) => ({ ...current, version: saved.version }));
    setErrors(NO_ERRORS);
    setDirty(false);
  }, []);

  return {
    document,
    nodes,
    edges,
    dirty,
    errors,
    setErrors,
    onNodesChange,
    onEdgesChange,
    onConnect,
    onReconnect,
    addActivity,
    copy,
    paste,
    layout,
    updateActivity,
    setInput,
    setDocument,
    definition,
    markSaved,
    undo: history.undo,
    redo: history.redo,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
  };
}

export type WorkflowDraft = ReturnType<typeof useWorkflowDraft>;
