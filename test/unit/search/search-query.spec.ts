import { MAX_SEARCH_WORDS, parseSearchQuery } from '../../../src/modules/search/search-query';

describe('parseSearchQuery', () => {
  it('matches every word, the one being typed as a prefix', () => {
    expect(parseSearchQuery('Retinoic  AC')).toEqual({
      tsquery: 'retinoic & ac:*',
      wordsTsquery: 'retinoic & ac',
      anyWordTsquery: 'retinoic | ac:*',
      trigramText: 'retinoic ac',
      exactText: 'retinoic ac',
      likePrefix: 'retinoic ac%',
    });
  });

  it('takes a word followed by a space as finished', () => {
    expect(parseSearchQuery('retinoic acid ')).toMatchObject({ tsquery: 'retinoic & acid', anyWordTsquery: 'retinoic | acid' });
  });

  it('keeps only letters and digits in the tsquery, so no input forms tsquery syntax', () => {
    const parsed = parseSearchQuery(`l-ascorbic & !(acid) | 'x':* <-> ü`)!;
    expect(parsed.tsquery).toBe('l & ascorbic & acid & x & ü:*');
    expect(parsed.exactText).toBe(`l-ascorbic & !(acid) | 'x':* <-> ü`);
  });

  it('escapes LIKE wildcards in the prefix pattern', () => {
    expect(parseSearchQuery('10%_off\\')?.likePrefix).toBe('10\\%\\_off\\\\%');
  });

  it('leaves trigram matching out for input under four characters', () => {
    expect(parseSearchQuery('ret')?.trigramText).toBeNull();
    expect(parseSearchQuery('reti')?.trigramText).toBe('reti');
  });

  it('caps the number of words, and refuses input without a letter or digit', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(parseSearchQuery(many)!.tsquery.split(' & ')).toHaveLength(MAX_SEARCH_WORDS);
    expect(parseSearchQuery('  %% -- ')).toBeNull();
  });
});
