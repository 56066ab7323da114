// Activity ids follow the format's slug rule: [a-z0-9][a-z0-9-]{0,63}.

const slugRule = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isSlug(text: string): boolean {
  return slugRule.test(text);
}

/** 'Lead follow-up' → lead-follow-up: lower case, anything that is not a slug character becomes '-'. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 56);
}

/** The first free id for a new activity of this type: if-1, if-2, ... */
export function newActivityId(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  // HttpEndpoint → http-endpoint
  const base = slugOf(type.replace(/([a-z0-9])([A-Z])/g, '$1-$2')) || 'activity';
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) {
      return id;
    }
  }
}
