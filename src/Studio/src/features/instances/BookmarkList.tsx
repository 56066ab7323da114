import type { BookmarkInfo } from '../../api/types';

/** What a suspended instance waits on: events, timers, resume URLs. */
export function BookmarkList({ bookmarks }: { bookmarks: BookmarkInfo[] }) {
  return (
    <section aria-label="Bookmarks">
      <h2>Waiting on</h2>
      {bookmarks.length === 0 ? (
        <p className="muted">Nothing.</p>
      ) : (
        <ul className="plain-list">
          {bookmarks.map((bookmark) => (
            <li key={bookmark.id}>
              <strong>{bookmark.activityId}</strong> {bookmark.kind}
              {bookmark.key ? ` '${bookmark.key}'` : ''}
              {bookmark.fireAt ? `, fires ${new Date(bookmark.fireAt).toLocaleString()}` : ''}
              {bookmark.resumeUrl ? <code className="muted"> {bookmark.resumeUrl}</code> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
