/**
 * Who a report says speaks, and how it says so: "Ministry spokesman Ana Silva said in a
 * statement", "told AFP", "he added". Reporting English puts the speaker on either side of the
 * verb and either side of the quotation, so each position has its own small pattern.
 */
import { alternation, perVocabulary, type Vocabulary } from './vocabulary.ts';

export interface Attribution {
  /** The words naming the speaker, as written ("the director of the observatory, Ana Silva"). */
  speaker: string;
  /** The introducing verb with its manner, as written ("said in a statement", "told", "added"). */
  verb: string;
  /** Whom it was told to, where the text says ("AFP", "reporters"). */
  to?: string;
}

const VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|stated|wrote|reported|argued|argue|argues|acknowledged|announced|described|condemned|warned|insisted|claimed|denied';
const VERB = `(?:also\\s+|earlier\\s+|then\\s+|later\\s+)?(${VERBS})\\b`;
/** "in a statement", "in an emailed statement", "in an email". */
const MANNER = String.raw`(?:\s+in\s+(?:a|an|the|its)\s+(?:emailed\s+|written\s+)?(?:statement|email))`;
/** A speaker: a short run of words without quotation marks or sentence ends. */
const CHAR = String.raw`(?:[^"“”.;:!?]|\.(?<=\b[A-Z]\.)|\.(?<=\b(?:Mr|Mrs|Ms|Dr|Cmdr|Gen|Lt|Col|Adm)\.))`;
const WHO = String.raw`([A-Za-z]${CHAR}{0,90}?)`;
/** A speaker at the end of a sentence, after its last comma. */
const LAST_WHO = String.raw`([A-Za-z](?:(?!,)${CHAR}){0,60}?)`;
/** Opening words that are not the speaker: "In a statement, …", "Speaking shortly after the earthquake, …". */
const LEAD =
  /^(?:(In (?:a|an|its|the) (?:emailed )?statement)|(?:Speaking|However|But|And|Meanwhile|Later|Earlier|After|Also)\b[^,"“”]*),\s+/;

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'the statement', 'its statement', 'the official', 'the officials']);

/** True when the speaker is named only by a pronoun or a back-reference, to be found earlier in the text. */
export function isPronoun(speaker: string): boolean {
  return PRONOUNS.has(speaker.toLowerCase());
}

function withManner(verb: string, rest: string): { verb: string; to?: string } {
  const manner = new RegExp(`^${MANNER}`).exec(rest);
  if (manner) return { verb: `${verb}${manner[0]}` };
  if (/^tol[d]|^tells/.test(verb)) {
    const to = /^\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|for|the))*|reporters|journalists)/.exec(rest);
    if (to) return { verb, to: to[1]!.replace(/\s+(?:in|on|at)$|\.$/, '') };
  }
  return { verb };
}

/** The attribution that follows a quotation: `"…," Ms Silva said.` / `"…," said Ana Silva.` */
export function attributionAfter(text: string): Attribution | undefined {
  // Words that cannot open an attribution mean it stands at the end of the sentence instead.
  if (!new RegExp(`^[\\s,.]*(?:[A-Z]|(?:the|an?|he|she|it|they|its|${VERBS})\\b)`).test(text)) return attributionOf(text);
  const inverted = new RegExp(`^[\\s,.]*(${VERBS})\\s+((?:[A-Z][\\w.’'-]*\\s*){1,4})`).exec(text);
  if (inverted) return { speaker: inverted[2]!.trim(), verb: inverted[1]! };
  const m = new RegExp(`^[\\s,.]*${WHO}\\s+${VERB}`).exec(text);
  if (!m) return undefined;
  return attribution(m[1]!, withManner(m[2]!, text.slice(m.index + m[0].length)));
}

/** The attribution that leads into a quotation: `He added: "…"`, `Silva said she was "…"`, `… called the response "…"`. */
export function attributionBefore(text: string): Attribution | undefined {
  const lead = LEAD.exec(text);
  const body = lead ? text.slice(lead[0].length) : text;
  const m = new RegExp(`^${WHO}\\s+${VERB}(?![^"“”]*["“”])`).exec(body);
  if (!m) return undefined;
  const rest = withManner(m[2]!, body.slice(m[0].length));
  return attribution(m[1]!, lead?.[1] ? { ...rest, verb: `${rest.verb} (${lead[1].toLowerCase()})` } : rest);
}

/**
 * Reported speech in a sentence with no quotation marks: "…, Silva said." at the end or
 * "U.S. officials said the damage was …" at the start, or "according to …".
 */
export function attributionOf(sentence: string): Attribution | undefined {
  const end = new RegExp(`,\\s+${LAST_WHO}\\s+${VERB}(${MANNER}|\\s+[A-Z][a-z]+day)?\\s*\\.?\\s*\\.?$`).exec(sentence);
  if (end && words(end[1]!) <= 8) {
    const found = attribution(end[1]!, { verb: `${end[2]!}${end[3]?.startsWith(' in') ? end[3] : ''}` });
    if (found) return found;
  }
  const start = attributionBefore(sentence);
  if (start && words(start.speaker) <= 12 && (/^(?:[A-Z]|the |an? )/.test(start.speaker) || isPronoun(start.speaker)))
    return start;
  const according = /\baccording to ((?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|for))*)/.exec(sentence);
  if (according) return { speaker: according[1]!, verb: 'according to' };
  return undefined;
}

function words(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * The speaker words without what is not the speaker: a leading conjunction, a clause before
 * ", but …", a perfect-tense auxiliary ("have said"). A passive ("was claimed by") has no speaker.
 */
function tidy(speaker: string): string | undefined {
  const s = speaker
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/^.*,\s+(?:but|and|while|as)\s+/, '')
    .replace(/^(?:But|And|So|Yet)\s+/, '')
    .replace(/\s+(?:has|have|had)$/, '');
  return /\s(?:was|were|been|is|are|be)$/.test(s) || s === '' ? undefined : s;
}

/** An attribution whose speaker survives {@link tidy}. */
function attribution(speaker: string, rest: { verb: string; to?: string }): Attribution | undefined {
  const who = tidy(speaker);
  return who === undefined ? undefined : { speaker: who, ...rest };
}

/** Forms of address, titles and offices that sit before a name but are not part of it. */
const titles = perVocabulary((words) => new RegExp(String.raw`^(?:${alternation(words.titles)})\s+`));

/** Forms of address: not a role. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?\s/;

/**
 * Splits a speaker phrase into the name and the role the text gives: "Ministry spokesman Ana
 * Silva" → Ana Silva, "Ministry spokesman"; "Paulo R. Costa, a former senior … at the
 * ministry" → Paulo R. Costa, "a former senior … at the ministry".
 */
export function splitSpeaker(phrase: string, words: Vocabulary): { name: string; role?: string } {
  const titlePattern = titles(words);
  const parts = phrase
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^both\b|^who\b/.test(p));
  // "local officials", "a seismologist": a common noun names the speaker; the whole phrase is the name.
  if (parts.length === 1 && /\s[a-z][\w’'-]*$/.test(parts[0]!)) return { name: parts[0]!.replace(/^(?:the|a|an)\s+/i, '') };
  const named = parts.find((p) => /^(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*$/.test(p) && /\s/.test(p)) ?? parts[0] ?? phrase;
  const others = parts.filter((p) => p !== named);
  // The name is the last run of capitalised words, unless it follows "of" ("Ana Silva of Portugal").
  const runs = [...named.matchAll(/(?:[A-Z][\w’'-]*\.?(?:\s+|$))+/g)].map((r) => ({ text: r[0].trim(), at: r.index }));
  const ofIndex = named.search(/\s+of\s+[A-Z]/);
  const pick = ofIndex > 0 ? runs.filter((r) => r.at < ofIndex).at(-1) : runs.at(-1);
  if (!pick || /^(?:the|a|an)\s/i.test(named)) return { name: named, ...(others.length ? { role: others.join(', ') } : {}) };
  let name = pick.text;
  let title = '';
  for (let t = titlePattern.exec(name); t && name.length > t[0].length; t = titlePattern.exec(name)) {
    if (!HONORIFIC.test(t[0])) title += t[0];
    name = name.slice(t[0].length);
  }
  const role = [
    named.slice(0, pick.at).trim() + (title ? ` ${title.trim()}` : ''),
    named.slice(pick.at + pick.text.length).trim(),
    ...others,
  ]
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(', ');
  return { name, ...(role ? { role } : {}) };
}
