import type { Dataset } from '../data/load.ts';
import { isSeedCitation, type Citation } from '../schemas/index.ts';
import { findNormalized } from '../text/normalize.ts';
import { quotedFragments } from '../mdx/quoted-spans.ts';

/** A passage a sentence cites, as the quotation check reads it. */
interface Looked {
  /** "seed 001" or "external ap-june-2021", for the error message. */
  where: string;
  text: string;
  /** The words are not the speaker's (a machine translation). */
  translated: boolean;
}

/** True if a seed carries its words in a machine translation rather than as they were said. */
export function isMachineTranslated(data: Pick<Dataset, 'seedSources'>, seed: string): boolean {
  return data.seedSources.find((s) => s.id === seed)?.carries === 'machine-translation';
}

function passagesOf(data: Dataset, cites: readonly Citation[]): Looked[] {
  return cites.map((c) => {
    if (isSeedCitation(c)) {
      const found = data.locate(c.seed, c.quote);
      return {
        where: `seed ${c.seed}`,
        text: typeof found === 'string' ? c.quote : found.text,
        translated: isMachineTranslated(data, c.seed),
      };
    }
    // An external citation's detail holds that reference's own words where it can.
    return { where: `external ${c.external}`, text: c.detail, translated: false };
  });
}

/**
 * Quotation marks that belong to a source's name, as its credit line prints it (the report by
 * “Staff Reporter”): the words are the document's own, checked against its text, not a
 * speaker's, so the sentence need not cite them.
 */
function isCreditName(data: Dataset, words: string): boolean {
  return data.seedSources.some((source) => {
    if (!`${source.name} ${source.short}`.includes(`“${words}”`) && source.short !== words) return false;
    const seed = data.seeds.find((s) => s.id === source.id);
    return seed !== undefined && findNormalized(seed.text, words) !== undefined;
  });
}

const shown = (text: string): string => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

/**
 * Checks that words the prose puts in quotation marks stand, verbatim under the seeds'
 * matching rules, in a passage the same sentence cites, and in one that carries them as said.
 * Returns what is wrong, or undefined.
 */
export function checkQuotation(data: Dataset, words: string, cites: readonly Citation[]): string | undefined {
  const fragments = quotedFragments(words);
  if (fragments.length === 0) return undefined;
  if (isCreditName(data, words)) return undefined;
  const looked = passagesOf(data, cites);
  const holding = looked.filter((p) => fragments.every((f) => findNormalized(p.text, f) !== undefined));
  const quoted = `quoted words “${words}”`;
  if (looked.length === 0) return `${quoted} stand in a sentence that cites nothing; cite the passage that carries them`;
  if (holding.length === 0) {
    const list = looked.map((p) => `${p.where}: “${shown(p.text)}”`).join('; ');
    return `${quoted} are not in any passage this sentence cites (looked in ${list}); quote the passage exactly or paraphrase without quotation marks`;
  }
  if (holding.every((p) => p.translated)) {
    const from = [...new Set(holding.map((p) => p.where))].join(', ');
    return `${quoted} are cited only from ${from}, a machine translation, so they are not the speaker's words; paraphrase without quotation marks, or cite a source that carries the words verbatim (another document, or an external reference whose detail quotes the original)`;
  }
  return undefined;
}
