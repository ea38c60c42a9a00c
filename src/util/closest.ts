/** Edit distance (insertions, deletions, substitutions), capped: names longer apart are not close. */
function distance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] as number;
      prev[j] = Math.min(above + 1, (prev[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length] as number;
}

/** The known names closest to `name` (case-insensitive edit distance ≤ a third of its length, at least 2), best first. */
export function closest(name: string, known: Iterable<string>, max = 3): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return [...known]
    .map((candidate) => ({ candidate, d: candidate.toLowerCase() === wanted ? 0 : distance(wanted, candidate.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** ` Did you mean "filters"?`, or a short list of what is known when nothing is close. */
export function suggestion(name: string, known: Iterable<string>): string {
  const list = [...known];
  const near = closest(name, list);
  if (near.length) return ` Did you mean ${near.map((item) => `"${item}"`).join(' or ')}?`;
  return list.length <= 12 ? ` Known: ${list.join(', ')}.` : ` There are ${list.length} known names; see the generated types.`;
}
