// A small history router. Studio paths avoid the host's own prefixes (/api, /workflows, /hooks, ...),
// so a reload of any Studio page reaches the host's fallback to index.html.

import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { name: 'workflows' }
  | { name: 'templates' }
  | { name: 'instances' }
  | { name: 'knowledge' }
  | { name: 'dashboard' }
  | { name: 'secrets' }
  | { name: 'keys' }
  | { name: 'designer'; id: string }
  | { name: 'run'; id: string }
  | { name: 'instance'; id: string };

type PageRoute = Extract<Route, { id: string }>['name'];
type ListRoute = Exclude<Route['name'], PageRoute>;

const pagePrefixes: Record<PageRoute, string> = { designer: 'designer', run: 'runs', instance: 'instances' };
const listPaths: Record<ListRoute, string> = { workflows: '/', templates: '/templates', instances: '/instances', knowledge: '/knowledge', dashboard: '/dashboard', secrets: '/secrets', keys: '/keys' };

export function parseRoute(pathname: string): Route {
  const match = /^\/([a-z]+)\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1] && match[2]) {
    for (const [name, prefix] of Object.entries(pagePrefixes) as [PageRoute, string][]) {
      if (prefix === match[1]) return { name, id: decodeURIComponent(match[2]) };
    }
  }
  const trimmed = pathname.replace(/\/+$/, '') || '/';
  for (const [name, path] of Object.entries(listPaths) as [ListRoute, string][]) {
    if (path === trimmed) return { name } as Route;
  }
  return { name: 'workflows' };
}

export function pathOf(route: Route): string {
  return 'id' in route ? `/${pagePrefixes[route.name]}/${encodeURIComponent(route.id)}` : listPaths[route.name];
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: Route) => {
    const path = pathOf(next);
    if (path !== window.location.pathname) {
      window.history.pushState(null, '', path);
    }
    setRoute(next);
  }, []);

  return [route, navigate];
}
