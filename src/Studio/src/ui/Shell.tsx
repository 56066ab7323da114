import type { ReactNode } from 'react';

export type Section = 'workflows' | 'templates' | 'instances' | 'knowledge' | 'dashboard' | 'secrets' | 'keys';

const sections: { name: Section; label: string; adminOnly?: boolean }[] = [
  { name: 'workflows', label: 'Workflows' },
  { name: 'templates', label: 'Templates' },
  { name: 'instances', label: 'Instances' },
  { name: 'knowledge', label: 'Knowledge' },
  { name: 'dashboard', label: 'Dashboard' },
  { name: 'secrets', label: 'Secrets', adminOnly: true },
  { name: 'keys', label: 'API keys', adminOnly: true },
];

interface Props {
  /** Who is signed in: the tenant and role. */
  session?: ReactNode;
  /** The section of the page shown, marked as current in the navigation. */
  current: Section | null;
  /** Shows the admin sections (secrets, keys). */
  isAdmin?: boolean;
  onNavigate: (section: Section) => void;
  onSignOut: () => void;
  children: ReactNode;
}

/** The frame around every signed-in page. */
export function Shell({ session, current, isAdmin = false, onNavigate, onSignOut, children }: Props) {
  return (
    <div className="shell">
      <nav className="top-bar" aria-label="Studio">
        <button type="button" className="brand" onClick={() => onNavigate('workflows')}>
          Workflow Studio
        </button>
        {sections.filter((section) => isAdmin || !section.adminOnly).map((section) => (
          <button
            key={section.name}
            type="button"
            className="section-link"
            aria-current={current === section.name ? 'page' : undefined}
            onClick={() => onNavigate(section.name)}
          >
            {section.label}
          </button>
        ))}
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
