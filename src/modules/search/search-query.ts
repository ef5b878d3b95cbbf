// Turns what a storefront user typed into the parameters of one search: a prefix-matching
// tsquery (search as you type), the text for trigram (typo-tolerant) matching, and the exact text
// for the "exact name" bonus. Only letters and digits reach the tsquery, so no input can form
// tsquery syntax.

/** Words beyond this many are ignored (they only narrow an AND query further). */
export const MAX_SEARCH_WORDS = 8;
const MAX_WORD_LENGTH = 50;
/** Trigram matching only from this many characters: shorter input matches too much by similarity. */
export const MIN_TRIGRAM_LENGTH = 4;

export interface ParsedSearch {
  /** For to_tsquery: every word (stemmed by PostgreSQL) must match; the last one as a prefix unless followed by a space. */
  tsquery: string;
  /** The same words, all as whole words: ranks better than the prefix query (ts_rank scores a short prefix poorly). */
  wordsTsquery: string;
  /** Any of the words (the last as a prefix, as in `tsquery`): a document matching none of them ranks 0 under both queries. */
  anyWordTsquery: string;
  /** The words for trigram matching against names and titles; null when too short. */
  trigramText: string | null;
  /** The whole input, lower-cased with single spaces: a name equal to it ranks first. */
  exactText: string;
  /** LIKE pattern for names starting with the input. */
  likePrefix: string;
}

/** Null when the input holds no letter or digit. */
export function parseSearchQuery(input: string): ParsedSearch | null {
  const normalized = input.normalize('NFKC').toLowerCase();
  const words = (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_WORDS).map((word) => word.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return null;
  // "retinoic acid " (with the space) is two finished words; "retinoic ac" is still being typed.
  const lastIsPrefix = !/\s$/u.test(normalized);
  const terms = words.map((word, index) => (index === words.length - 1 && lastIsPrefix ? `${word}:*` : word));
  const tsquery = terms.join(' & ');
  const joined = words.join(' ');
  const exactText = normalized.trim().replace(/\s+/gu, ' ');
  return {
    tsquery,
    wordsTsquery: words.join(' & '),
    anyWordTsquery: terms.join(' | '),
    trigramText: joined.length >= MIN_TRIGRAM_LENGTH ? joined : null,
    exactText,
    likePrefix: `${exactText.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
  };
}
