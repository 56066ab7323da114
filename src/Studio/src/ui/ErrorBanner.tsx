import { messageOf } from '../api/client';

/** A failed query or mutation, said in one line. */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  return (
    <p role="alert" className="error-banner">
      {messageOf(error)}
    </p>
  );
}
