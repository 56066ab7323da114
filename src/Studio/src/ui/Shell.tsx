import type { ReactNode } from 'react';

interface Props {
  /** Who is signed in: the tenant and role. */
  session?: ReactNode;
  onHome: () => void;
  onSignOut: () => void;
  children: ReactNode;
}

/** The frame around every signed-in page. */
export function Shell({ session, onHome, onSignOut, children }: Props) {
  return (
    <div className="shell">
      <nav className="top-bar" aria-label="Studio">
        <button type="button" className="brand" onClick={onHome}>
          Workflow Studio
        </button>
        <span className="spacer" />
        {session}
        <a href="/scalar" target="_blank" rel="noreferrer">
          API reference
        </a>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </nav>
      {children}
    </div>
  );
}
