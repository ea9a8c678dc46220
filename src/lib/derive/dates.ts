/**
 * Dates and clock times as a document gives them, resolved against its dateline where it has
 * one, each with the rule used, so that an editor can check the count rather than redo it.
 */
import * as chrono from 'chrono-node';
import type { SeedDocument } from '../seeds/parse.ts';
import { WEEKDAYS } from '../schemas/when.ts';
import { lastWeekdayBefore, weekdayOf } from '../data/dates.ts';
import { articleBlocks, sentences, subSpan, type Span } from './text.ts';

export interface FoundDate {
  passage: Span;
  /** The words that give the date, as written ("on Thursday", "Feb. 15", "last year"). */
  stated: Span;
  kind: 'explicit' | 'weekday' | 'relative';
  /** The date it resolves to, as precise as the words allow; absent when there is nothing to count from. */
  date?: string;
  /** Loose words ("days later", "earlier this week"). */
  approximate: boolean;
  weekday?: (typeof WEEKDAYS)[number];
  /** The date counted from, for weekdays and relative phrases. */
  before?: string;
  /** What the date is counted from, in words ("the dateline 2021-02-26"). */
  from?: string;
  /** How the date was reached, in words. */
  rule: string;
}

export interface FoundTime {
  passage: Span;
  stated: Span;
  /** `YYYY-MM-DDTHH:MM` where the date is known, else `HH:MM`. */
  at: string;
  where?: string;
  zone?: string;
  approximate: boolean;
}

/** chrono also reads durations ("a few days after") as dates from today: only words naming a month are dates. */
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const WEEKDAY = new RegExp(String.raw`\b(?:on\s+)?(${WEEKDAYS.join('|')})(?:\s+(?:morning|evening|night|afternoon))?\b`, 'g');
const RELATIVE: ReadonlyArray<{ words: RegExp; resolve: (anchor: string) => { date: string; rule: string } }> = [
  {
    words: /\b(?:earlier |later )?this week\b/gi,
    resolve: (a) => ({ date: a.slice(0, 10), rule: `the week of the dateline ${a}` }),
  },
  {
    words: /\b(?:earlier |later )?this month\b/gi,
    resolve: (a) => ({ date: a.slice(0, 7), rule: `the month of the dateline ${a}` }),
  },
  { words: /\blast month\b/gi, resolve: (a) => ({ date: shiftMonth(a, -1), rule: `the month before the dateline ${a}` }) },
  {
    words: /\blast year\b/gi,
    resolve: (a) => ({ date: String(Number(a.slice(0, 4)) - 1), rule: `the year before the dateline ${a}` }),
  },
  { words: /\bthis year\b/gi, resolve: (a) => ({ date: a.slice(0, 4), rule: `the year of the dateline ${a}` }) },
];
/** Counted from an earlier date in the same text: "days later", "a few days after the earthquake". */
const LATER = /\b(?:(?:a few|several|two|three|ten)\s+)?days (?:later|after)\b/gi;

function shiftMonth(iso: string, by: number): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
}

/** The date a document is written from: its ` date YYYY-MM-DD` line, else the latest full date its text states. */
export function anchorOf(doc: SeedDocument): { date: string; what: string } | undefined {
  if (doc.dateline) return { date: doc.dateline, what: `the dateline ${doc.dateline}` };
  let best: string | undefined;
  for (const block of articleBlocks(doc)) {
    for (const r of chrono.parse(block.text)) {
      if (MONTH.test(r.text) && /\b\d{4}\b/.test(r.text) && r.start.isCertain('day')) {
        const d = isoOf(r.start);
        if (!best || d > best) best = d;
      }
    }
  }
  return best ? { date: best, what: `the date ${best} stated in the text` } : undefined;
}

function isoOf(c: chrono.ParsedComponents): string {
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
}

/** A weekday or relative phrase in a document with nothing to count from. */
function leftOpen(passage: Span, stated: Span, kind: 'weekday' | 'relative'): FoundDate {
  return { passage, stated, kind, approximate: kind === 'relative', rule: 'no dateline or stated date to count from: left open' };
}

export function findDates(doc: SeedDocument): FoundDate[] {
  const anchor = anchorOf(doc);
  const out: FoundDate[] = [];
  let lastExplicit: string | undefined;
  for (const block of articleBlocks(doc)) {
    for (const s of sentences(doc.id, block)) {
      const taken: Array<[number, number]> = [];
      const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
      // Explicit dates: chrono reads the many ways to write one ("Feb. 15", "15 February", "October 4, 2014").
      for (const r of chrono.parse(s.text, anchor ? new Date(`${anchor.date}T12:00:00Z`) : undefined)) {
        if (!r.start.isCertain('month') || !MONTH.test(r.text)) continue;
        const text = r.text.replace(/[,.\s]+$/, '');
        const from = r.index;
        taken.push([from, from + text.length]);
        const hasYear = r.start.isCertain('year');
        const day = r.start.isCertain('day');
        let year = r.start.get('year')!;
        let rule = 'stated in full';
        if (!hasYear) {
          if (!anchor) {
            out.push({
              passage: s,
              stated: subSpan(s, from, from + text.length),
              kind: 'explicit',
              approximate: false,
              rule: 'no year stated and no dateline to take one from',
            });
            continue;
          }
          // A day and month without a year: the last such date on or before the anchor.
          year = Number(anchor.date.slice(0, 4));
          const candidate = `${year}-${String(r.start.get('month')).padStart(2, '0')}${day ? `-${String(r.start.get('day')).padStart(2, '0')}` : ''}`;
          if (candidate.slice(0, candidate.length) > anchor.date.slice(0, candidate.length)) year -= 1;
          rule = `no year stated: the last such date on or before ${anchor.what}`;
        }
        const month = String(r.start.get('month')).padStart(2, '0');
        const date = day ? `${year}-${month}-${String(r.start.get('day')).padStart(2, '0')}` : `${year}-${month}`;
        if (day) lastExplicit = date;
        out.push({ passage: s, stated: subSpan(s, from, from + text.length), kind: 'explicit', date, approximate: false, rule });
      }
      for (const m of s.text.matchAll(WEEKDAY)) {
        if (!free(m.index, m.index + m[0].length)) continue;
        taken.push([m.index, m.index + m[0].length]);
        const weekday = m[1] as (typeof WEEKDAYS)[number];
        const stated = subSpan(s, m.index, m.index + m[0].length);
        if (!anchor) {
          out.push({ ...leftOpen(s, stated, 'weekday'), weekday });
          continue;
        }
        const date = lastWeekdayBefore(weekday, anchor.date);
        out.push({
          passage: s,
          stated,
          kind: 'weekday',
          weekday,
          date,
          before: anchor.date,
          from: anchor.what,
          approximate: false,
          rule: `the last ${weekday} before ${anchor.what} (a ${weekdayOf(anchor.date)})`,
        });
      }
      for (const rel of RELATIVE) {
        for (const m of s.text.matchAll(rel.words)) {
          if (!free(m.index, m.index + m[0].length)) continue;
          taken.push([m.index, m.index + m[0].length]);
          const stated = subSpan(s, m.index, m.index + m[0].length);
          if (!anchor) {
            out.push(leftOpen(s, stated, 'relative'));
            continue;
          }
          const r = rel.resolve(anchor.date);
          out.push({ passage: s, stated, kind: 'relative', date: r.date, before: anchor.date, approximate: true, rule: r.rule });
        }
      }
      for (const m of s.text.matchAll(LATER)) {
        const stated = subSpan(s, m.index, m.index + m[0].length);
        out.push({
          passage: s,
          stated,
          kind: 'relative',
          ...(lastExplicit ? { date: lastExplicit.slice(0, 7) } : {}),
          approximate: true,
          rule: lastExplicit
            ? `some days after ${lastExplicit}, the date the text gives before it`
            : 'no earlier date in the text to count from: left open',
        });
      }
    }
  }
  return out;
}

/** "around 6 p.m. Thursday in Lisbon", "2 a.m. Friday in eastern Japan". */
const CLOCK =
  /\b(?:(around|about|shortly after|shortly before)\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)(?:\s+(?:on\s+)?([A-Z][a-z]+day))?(?:\s+in\s+((?:[a-z]+\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?/g;

/**
 * Local clock times with the zone the place implies. `zones` maps place names to IANA zones
 * (from the explainer's own data); failing that, a zone whose city is the place is used.
 */
export function findTimes(doc: SeedDocument, zones: ReadonlyMap<string, string> = new Map()): FoundTime[] {
  const anchor = anchorOf(doc);
  const out: FoundTime[] = [];
  for (const block of articleBlocks(doc)) {
    for (const s of sentences(doc.id, block)) {
      for (const m of s.text.matchAll(CLOCK)) {
        const [, hedge, h, min, ampm, weekday, where] = m;
        let hour = Number(h) % 12;
        if (ampm!.startsWith('p')) hour += 12;
        const clock = `${String(hour).padStart(2, '0')}:${min ?? '00'}`;
        const day =
          weekday && anchor && (WEEKDAYS as readonly string[]).includes(weekday)
            ? lastWeekdayBefore(weekday as (typeof WEEKDAYS)[number], anchor.date)
            : undefined;
        const zone = where ? (zones.get(where) ?? zoneForCity(where)) : undefined;
        out.push({
          passage: s,
          stated: subSpan(s, m.index, m.index + m[0].length),
          at: day ? `${day}T${clock}` : clock,
          ...(where ? { where } : {}),
          ...(zone ? { zone } : {}),
          approximate: hedge !== undefined,
        });
      }
    }
  }
  return out;
}

/** The IANA zone named after a city ("Tokyo" → Asia/Tokyo), if there is one. */
export function zoneForCity(place: string): string | undefined {
  const key = place.replace(/\s+/g, '_');
  return Intl.supportedValuesOf('timeZone').find((z) => z.split('/').at(-1) === key);
}
