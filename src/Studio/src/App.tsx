import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { UNAUTHORIZED_EVENT } from './api/context';
import { SessionBadge, SessionProvider, SignIn, clearApiKey, loadApiKey, saveApiKey, usePermissions } from './features/session';
import { WorkflowList } from './features/workflows';
import { Shell, type Section } from './ui/Shell';
import { ShortcutsHelp } from './ui/ShortcutsDialog';
import { useRoute, type Route } from './ui/router';
import { useMe } from './api/queries';

// The designer (React Flow, CodeMirror) loads when first opened; the list and sign-in stay small.
const RunView = lazy(() => import('./features/runs').then((module) => ({ default: module.RunView })));
const Designer = lazy(() => import('./features/designer').then((module) => ({ default: module.Designer })));
const InstanceList = lazy(() => import('./features/instances').then((module) => ({ default: module.InstanceList })));
const InstanceDetailPage = lazy(() => import('./features/instances').then((module) => ({ default: module.InstanceDetailPage })));
const KnowledgePage = lazy(() => import('./features/knowledge').then((module) => ({ default: module.KnowledgePage })));
const SecretsPage = lazy(() => import('./features/admin').then((module) => ({ default: module.SecretsPage })));
const KeysPage = lazy(() => import('./features/admin').then((module) => ({ default: module.KeysPage })));
const TemplatesPage = lazy(() => import('./features/templates').then((module) => ({ default: module.TemplatesPage })));
const Dashboard = lazy(() => import('./features/dashboard').then((module) => ({ default: module.Dashboard })));

function sectionOf(route: Route): Section | null {
  switch (route.name) {
    case 'workflows':
    case 'designer':
      return 'workflows';
    case 'instances':
    case 'instance':
    case 'run':
      return 'instances';
    default:
      return route.name;
  }
}

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
      <SignedIn route={route} navigate={navigate} onSignOut={signOut} />
    </SessionProvider>
  );
}

function SignedIn({ route, navigate, onSignOut }: { route: Route; navigate: (route: Route) => void; onSignOut: () => void }) {
  const { canAdminister } = usePermissions();
  const roleKnown = useMe().data !== undefined;
  return (
    <Shell session={<SessionBadge />} current={sectionOf(route)} isAdmin={canAdminister} onNavigate={(name) => navigate({ name })} onSignOut={onSignOut}>
      <Suspense fallback={<p className="page muted">Loading…</p>}>
        <Page route={route} navigate={navigate} canAdminister={canAdminister} roleKnown={roleKnown} />
      </Suspense>
      <ShortcutsHelp />
    </Shell>
  );
}

function Page({ route, navigate, canAdminister, roleKnown }: { route: Route; navigate: (route: Route) => void; canAdminister: boolean; roleKnown: boolean }) {
  const openDesigner = (id: string) => navigate({ name: 'designer', id });
  switch (route.name) {
    case 'designer':
      return <Designer key={route.id} id={route.id} onBack={() => navigate({ name: 'workflows' })} onOpenRun={(id) => navigate({ name: 'instance', id })} />;
    case 'run':
      return <RunView key={route.id} instanceId={route.id} onOpenDesigner={openDesigner} />;
    case 'instances':
      return <InstanceList onOpen={(id) => navigate({ name: 'instance', id })} />;
    case 'instance':
      return <InstanceDetailPage key={route.id} instanceId={route.id} onOpenDesigner={openDesigner} />;
    case 'templates':
      return <TemplatesPage onOpenDesigner={openDesigner} />;
    case 'knowledge':
      return <KnowledgePage />;
    case 'dashboard':
      return <Dashboard />;
    case 'secrets':
      return canAdminister ? <SecretsPage /> : <AdminsOnly roleKnown={roleKnown} />;
    case 'keys':
      return canAdminister ? <KeysPage /> : <AdminsOnly roleKnown={roleKnown} />;
    default:
      return <WorkflowList onOpen={openDesigner} onOpenRun={(id) => navigate({ name: 'instance', id })} />;
  }
}

/** Until /api/me answers, the role is not known: an admin's page must not flash "admins only". */
function AdminsOnly({ roleKnown }: { roleKnown: boolean }) {
  return <p className="page muted">{roleKnown ? 'Only admins see this page.' : 'Loading…'}</p>;
}
