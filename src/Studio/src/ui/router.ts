// A small history router. Studio paths avoid the host's own prefixes (/api, /workflows, /hooks, ...),
// so a reload of any Studio page reaches the host's fallback to index.html.

import { useCallback, useEffect, useState } from 'react';

export type Route = { name: 'workflows' } | { name: 'designer'; id: string } | { name: 'run'; id: string };

export function parseRoute(pathname: string): Route {
  const designer = /^\/designer\/([^/]+)\/?$/.exec(pathname);
  if (designer?.[1]) {
    return { name: 'designer', id: decodeURIComponent(designer[1]) };
  }
  const run = /^\/runs\/([^/]+)\/?$/.exec(pathname);
  if (run?.[1]) {
    return { name: 'run', id: decodeURIComponent(run[1]) };
  }
  return { name: 'workflows' };
}

export function pathOf(route: Route): string {
  if (route.name === 'workflows') return '/';
  return `/${route.name === 'designer' ? 'designer' : 'runs'}/${encodeURIComponent(route.id)}`;
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
