/**
 * How the build scales with the size of an explainer: builds this explainer, synthetic ones of
 * 5, 50 and 250 documents (about 5 KB to 5 MB each) with 3, 30 and 150 chapters, and synthetic
 * ones of small documents with 30 and 150 chapters or 250 sources, each with `npm run build`'s
 * script, and prints a table of time per stage, peak memory (the build's Node and Chromium's),
 * output size, the largest chapter page gzipped and the PDF's time per page. A benchmark to
 * read, not a timed test: machines differ too much for a limit.
 *
 *   npm run bench:scale                 # every row but the long ones
 *   npm run bench:scale -- --full       # adds 250 documents and 150 chapters (long)
 *   npm run bench:scale -- --only 5     # the rows with five documents (0: this explainer)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { loadDataset } from '../../src/lib/data/load.ts';
import { sha256 } from '../../src/lib/seeds/read.ts';

const KB = 1024;
const MB = 1024 * KB;

interface Scenario {
  name: string;
  /** An explainer on disk to build as it is, instead of a generated one. */
  root?: string;
  /** Size in bytes of each document. */
  sizes: number[];
  chapters: number;
}

/** `n` sizes spread evenly on a log scale from 5 KB to 5 MB. */
function spread(n: number): number[] {
  if (n === 1) return [5 * KB];
  return Array.from({ length: n }, (_, i) => Math.round(5 * KB * 1000 ** (i / (n - 1))));
}

/** `n` documents of 5 KB. */
const small = (n: number): number[] => Array.from({ length: n }, () => 5 * KB);

const SCENARIOS: Scenario[] = [
  { name: 'this explainer', root: process.cwd(), sizes: [], chapters: 0 },
  { name: '30 documents of 5 KB, 30 chapters', sizes: small(30), chapters: 30 },
  { name: '150 documents of 5 KB, 150 chapters', sizes: small(150), chapters: 150 },
  { name: '250 documents of 5 KB, 3 chapters', sizes: small(250), chapters: 3 },
  { name: '5 documents of 5 KB, 3 chapters', sizes: Array.from({ length: 5 }, () => 5 * KB), chapters: 3 },
  { name: '5 documents, one of them 5 MB, 3 chapters', sizes: [5 * KB, 5 * KB, 5 * KB, 5 * KB, 5 * MB], chapters: 3 },
  { name: '5 documents (5 KB–5 MB), 3 chapters', sizes: spread(5), chapters: 3 },
  { name: '50 documents (5 KB–5 MB), 30 chapters', sizes: spread(50), chapters: 30 },
  { name: '250 documents (5 KB–5 MB), 150 chapters', sizes: spread(250), chapters: 150 },
];

/** A small deterministic generator, so every run builds the same explainer. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const WORDS =
  'the of and to in a said that officials on for was with were at by as from strike base forces group militia rockets report attack statement minister border town province government spokesman people killed wounded according monitor night week defence military'.split(
    ' ',
  );

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** One document: a headline, then paragraphs of about 400 bytes until it reaches its size. */
function documentText(i: number, size: number): { text: string; quote: string; name: string; town: string } {
  const next = random(i + 1);
  const name = `Speaker${i}`;
  const town = `Town${i}`;
  const quote = `${name} said rockets struck ${town} on Monday`;
  const lines = [`Report number ${i} on the strikes`, `${quote}, officials said.`];
  let bytes = lines.join('\n').length;
  while (bytes < size) {
    const line = `${sentence(next, 30)} ${sentence(next, 30)} ${name} spoke in ${town}.`;
    lines.push(line);
    bytes += line.length + 1;
  }
  return { text: `${lines.join('\n')}\n`, quote, name, town };
}

function writeExplainer(root: string, s: Scenario): void {
  const dir = (p: string): string => {
    mkdirSync(join(root, p), { recursive: true });
    return join(root, p);
  };
  const seeds = dir('seeds');
  const data = dir('content/data');
  const chapters = dir('content/chapters');
  const docs = s.sizes.map((size, i) => {
    const id = String(i).padStart(3, '0');
    const d = documentText(i, size);
    const file = `${id}_doc.txt`;
    writeFileSync(join(seeds, file), d.text);
    return { id, file, ...d, sha256: sha256(d.text) };
  });
  const y = (file: string, value: unknown): void => {
    writeFileSync(join(data, file), stringify(value));
  };
  y('sources.yaml', {
    seeds: docs.map((d) => ({
      id: d.id,
      file: d.file,
      sha256: d.sha256,
      label: `Report ${d.id}`,
      description: `A generated report, number ${d.id}.`,
      name: `the generated report number ${d.id}`,
      short: `Report ${d.id}`,
    })),
    external: [],
  });
  y(
    'actors.yaml',
    docs.map((d) => ({
      id: `speaker-${d.id}`,
      name: d.name,
      kind: 'person',
      role: 'A speaker',
      spellings: [d.name],
      cites: [{ seed: d.id, quote: d.quote }],
    })),
  );
  y(
    'places.yaml',
    docs.map((d) => ({
      id: `town-${d.id}`,
      name: d.town,
      kind: 'town',
      spellings: [d.town],
      country: 'Exampleland',
      role: 'A town the report names.',
      cites: [{ seed: d.id, quote: d.quote }],
    })),
  );
  y(
    'events.yaml',
    docs.map((d) => ({
      id: `attack-${d.id}`,
      title: `Rockets hit ${d.town}`,
      kind: 'rocket-attack',
      places: [`town-${d.id}`],
      actors: [`speaker-${d.id}`],
      summary: `Rockets struck ${d.town}, ${d.name} said.`,
      cites: [{ seed: d.id, quote: d.quote }],
    })),
  );
  for (const f of ['questions.yaml', 'claims.yaml', 'statements.yaml', 'anomalies.yaml']) y(f, []);
  const slugs = Array.from({ length: s.chapters }, (_, i) => `chapter-${i + 1}`);
  writeFileSync(
    join(root, 'content/explainer.yaml'),
    stringify({
      title: 'Scale benchmark',
      subtitle: 'A generated explainer',
      description: 'A generated explainer for measuring how the build scales with its documents.',
      lang: 'en',
      published: '2021-03-06',
      updated: '2021-03-06',
      publisher: 'Benchmark desk',
      site: 'https://bench.example.org',
      chapters: slugs,
      keyEvents: [],
      eventKinds: [
        {
          key: 'attacks',
          label: 'Attacks',
          shape: 'triangle',
          colour: 1,
          incident: true,
          kinds: { 'rocket-attack': 'Rocket attack' },
        },
      ],
    }),
  );
  slugs.forEach((slug, c) => {
    // Each chapter cites its share of the documents, so every document is cited somewhere.
    const mine = docs.filter((_, i) => i % s.chapters === c);
    const body = mine
      .map(
        (d) =>
          `${d.name} spoke of the attack.<Cite event="attack-${d.id}" /> The report says so.<Cite seed="${d.id}" quote="${d.quote}" />`,
      )
      .join('\n\n');
    writeFileSync(
      join(chapters, `${slug}.mdx`),
      `---\ntitle: Chapter ${c + 1}\ndescription: Generated chapter number ${c + 1} of the benchmark.\nshort: Chapter ${c + 1}\n---\n\n${body || 'Nothing is cited here.'}\n`,
    );
  });
}

function folderSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? folderSize(p) : st.size;
  }
  return total;
}

interface Result {
  scenario: Scenario;
  input: number;
  verify: number;
  stages: Record<string, number>;
  total: number;
  peak: number;
  output: number;
  search: number;
  pdf: number;
  /** Chromium's peak resident memory during the build (all its processes together), where it can be read. */
  chromium: number | undefined;
  /** The largest chapter page, gzipped. */
  chapterGzip: number;
  pdfPages: number;
}

/** Resident memory of the Chromium processes below `pid` (Linux /proc), or undefined elsewhere. */
function chromiumRss(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const parent = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the parent's pid is the second field after it.
      const close = stat.lastIndexOf(')');
      parent.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
    } catch {
      // The process ended while the table was read.
    }
  }
  const below = (p: number): boolean => {
    for (let q = parent.get(p); q !== undefined && q > 1; q = parent.get(q)) if (q === pid) return true;
    return false;
  };
  let total = 0;
  for (const [p, name] of names) {
    if (!/chrom|headless/i.test(name) || !below(p)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * KB;
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** Log lines that mark the end of each stage, in order. */
const MARKS: Array<[string, RegExp]> = [
  ['start and data', /\[explainer:data-report\] Data report/],
  ['pages', /\[explainer:sitemap\]/],
  ['search index', /\[explainer:pagefind\] search index/],
  ['PDF', /PDF: wrote/],
];

async function run(s: Scenario, keep: boolean): Promise<Result> {
  // Always the same folder: Astro's content cache keys chapters by content, not path, so a
  // chapter met before under another folder's name would be looked for there.
  const base = join(tmpdir(), 'explainer-bench');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base);
  try {
    const root = s.root ?? join(base, 'explainer');
    if (!s.root) writeExplainer(root, s);
    const t = performance.now();
    loadDataset(root);
    const verify = performance.now() - t;
    const out = join(base, 'dist');
    const peakFile = join(base, 'peak');
    const preload = join(base, 'peak.mjs');
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    const start = performance.now();
    const seen: Record<string, number> = {};
    let log = '';
    let chromiumPeak: number | undefined;
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, ['--import', preload, 'src/cli/build.ts', '--out', out], {
        env: { ...process.env, EXPLAINER_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      // Chromium's memory is sampled, a few times a second, as the sum over its processes.
      const sampler = setInterval(() => {
        const rss = child.pid === undefined ? undefined : chromiumRss(child.pid);
        if (rss !== undefined) chromiumPeak = Math.max(chromiumPeak ?? 0, rss);
      }, 250);
      child.on('close', () => {
        clearInterval(sampler);
      });
      const read = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        log += text;
        for (const [stage, re] of MARKS) if (seen[stage] === undefined && re.test(log)) seen[stage] = performance.now() - start;
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('close', done);
    });
    const total = performance.now() - start;
    if (code !== 0) throw new Error(`the build of "${s.name}" failed:\n${log.slice(-3000)}`);
    const stages: Record<string, number> = {};
    let previous = 0;
    for (const [stage] of MARKS) {
      stages[stage] = (seen[stage] ?? total) - previous;
      previous = seen[stage] ?? total;
    }
    const pdfFile = readdirSync(out).find((f) => f.endsWith('.pdf'));
    const chapterDir = join(out, 'chapters');
    const chapterGzip = Math.max(
      0,
      ...readdirSync(chapterDir).map((slug) => gzipSync(readFileSync(join(chapterDir, slug, 'index.html'))).length),
    );
    return {
      chromium: chromiumPeak,
      chapterGzip,
      pdfPages: Number(/PDF: wrote .* \((\d+) pages/.exec(log)?.[1] ?? 0),
      scenario: s,
      input: s.root ? folderSize(join(root, 'seeds')) : s.sizes.reduce((a, b) => a + b, 0),
      verify,
      stages,
      total,
      peak: Number(readFileSync(peakFile, 'utf8')) * KB,
      output: folderSize(out),
      search: folderSize(join(out, 'pagefind')),
      pdf: pdfFile ? statSync(join(out, pdfFile)).size : 0,
    };
  } finally {
    if (keep) console.log(`kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

const size = (n: number): string => (n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.round(n / KB)} KB`);
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const args = process.argv.slice(2);
const full = args.includes('--full');
const keep = args.includes('--keep');
const only = args.includes('--only') ? Number(args[args.indexOf('--only') + 1]) : undefined;
const long = (s: Scenario): boolean => s.sizes.length >= 250 || s.chapters >= 150;
const chosen = SCENARIOS.filter((s) => (only === undefined ? full || !long(s) : s.sizes.length === only));

const header = [
  'explainer',
  'input',
  'verify data',
  ...MARKS.map(([m]) => m),
  'total',
  'peak memory (Node)',
  'peak memory (Chromium)',
  'dist/',
  'of it search',
  'largest chapter (gzip)',
  'PDF file',
  'PDF per page',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const s of chosen) {
  const r = await run(s, keep);
  const cells = [
    s.name,
    size(r.input),
    secs(r.verify),
    ...MARKS.map(([m]) => secs(r.stages[m]!)),
    secs(r.total),
    size(r.peak),
    r.chromium === undefined ? '—' : size(r.chromium),
    size(r.output),
    size(r.search),
    size(r.chapterGzip),
    size(r.pdf),
    r.pdfPages ? `${Math.round(r.stages.PDF! / r.pdfPages)} ms (${r.pdfPages} pages)` : '—',
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
