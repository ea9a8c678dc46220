import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/lib/seeds/read.ts';
import { tinyCopy } from './fixture.ts';

/** Strings that would change a page if any were written into HTML unescaped. */
export const HOSTILE = {
  refresh: `</script><meta http-equiv=refresh content='0;url=https://example.com/'>`,
  element: '"><img src=x onerror=alert(1)>',
  script: 'javascript:alert(1)',
  separator: 'a\u2028b',
} as const;

const ALL = Object.values(HOSTILE).join(' ');

/** Fields that hold free text (names, titles, notes): the ones a writer could fill with anything. */
const FREE_TEXT = new Set([
  'title',
  'subtitle',
  'description',
  'publisher',
  'label',
  'name',
  'role',
  'country',
  'summary',
  'question',
  'unit',
  'note',
  'reading',
  'detail',
  'reference',
  'where',
]);

/** In these files a field of that name holds an id, not text. */
const IDS_IN: Record<string, ReadonlySet<string>> = { claims: new Set(['question']) };

function poison(value: unknown, ids: ReadonlySet<string> = new Set()): void {
  if (Array.isArray(value)) {
    for (const v of value) poison(v, ids);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(obj)) {
    // A question must still end with "?"; everything else just gains the strings.
    if (typeof v === 'string' && FREE_TEXT.has(key) && !ids.has(key))
      obj[key] = key === 'question' ? `${v.slice(0, -1)} ${ALL}?` : `${v} ${ALL}`;
    else poison(v, ids);
  }
}

/** The seed line that carries the strings, so the source page, quotes and spellings carry them too. */
export const HOSTILE_LINE = `Witnesses wrote ${ALL} on the wall.`;

/**
 * The tiny fixture with the hostile strings in every free-text field of every kind of
 * record, in explainer.yaml and the chapter's frontmatter, and in a seed line that a record
 * quotes and a name's spelling comes from.
 */
export function hostileCopy(): ReturnType<typeof tinyCopy> {
  const f = tinyCopy();
  for (const file of ['actors', 'places', 'events', 'questions', 'claims', 'statements', 'anomalies', 'sources']) {
    f.yaml(`content/data/${file}.yaml`, (d) => {
      poison(d, IDS_IN[file]);
    });
  }
  f.yaml('content/explainer.yaml', (e) => {
    for (const key of ['title', 'subtitle', 'description', 'publisher']) e[key] = `${e[key]} ${ALL}`;
  });
  f.text('content/chapters/only.mdx', (t) =>
    t
      .replace(/^title: (.*)$/m, (_, v: string) => `title: ${JSON.stringify(`${v} ${ALL}`)}`)
      .replace(/^description: (.*)$/m, (_, v: string) => `description: ${JSON.stringify(`${v} ${ALL}`)}`)
      // `short` is at most 40 characters: the element string fits.
      .replace(/^short: (.*)$/m, (_, v: string) => `short: ${JSON.stringify(`${v} ${HOSTILE.element}`)}`),
  );
  const seed = join(f.root, 'seeds/000_tiny.txt');
  const bytes = Buffer.from(`${readFileSync(seed, 'utf8').trimEnd()}\n${HOSTILE_LINE}\n`);
  writeFileSync(seed, bytes);
  f.yaml('content/data/sources.yaml', (s) => {
    s.seeds[0].sha256 = sha256(bytes);
  });
  f.yaml('content/data/actors.yaml', (actors) => {
    actors[1].spellings.push(HOSTILE.element);
    actors[1].cites.push({ seed: '000', quote: HOSTILE_LINE });
  });
  return f;
}
