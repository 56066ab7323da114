import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { UNAUTHORIZED_EVENT } from './api/context';
import { SessionBadge, SessionProvider, SignIn, clearApiKey, loadApiKey, saveApiKey } from './features/session';
import { WorkflowList } from './features/workflows';
import { Shell } from './ui/Shell';
import { useRoute } from './ui/router';

// The designer (React Flow, CodeMirror) loads when first opened; the list and sign-in stay small.
const RunView = lazy(() => import('./features/runs').then((module) => ({ default: module.RunView })));
const Designer = lazy(() => import('./features/designer').then((module) => ({ default: module.Designer })));

export function App() {
  const [apiKey, setApiKey] = useState(loadApiKey);
  const [route, navigate] = useRoute();
  const queryClient = useQueryClient();

  const signOut = useCallback(() => {
    clearApiKey();
    queryClient.clear();
    setApiKey(null);
  }, [queryClient]);

  useEffect(() => {
    window.addEventListener(UNAUTHORIZED_EVENT, signOut);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, signOut);
  }, [signOut]);

  if (!apiKey) {
    return (
      <SignIn
        onSignedIn={(key) => {
          saveApiKey(key);
          setApiKey(key);
        }}
      />
    );
  }

  return (
    <SessionProvider apiKey={apiKey}>
      <Shell session={<SessionBadge />} onHome={() => navigate({ name: 'workflows' })} onSignOut={signOut}>
        {route.name === 'designer' ? (
          <Suspense fallback={<p className="page muted">Loading…</p>}>
            <Designer key={route.id} id={route.id} onBack={() => navigate({ name: 'workflows' })} onOpenRun={(id) => navigate({ name: 'run', id })} />
          </Suspense>
        ) : route.name === 'run' ? (
          <Suspense fallback={<p className="page muted">Loading…</p>}>
            <RunView key={route.id} instanceId={route.id} onOpenDesigner={(id) => navigate({ name: 'designer', id })} />
          </Suspense>
        ) : (
          <WorkflowList onOpen={(id) => navigate({ name: 'designer', id })} />
        )}
      </Shell>
    </SessionProvider>
  );
}
