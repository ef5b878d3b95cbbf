// Storefront search across products, articles, treatments, topicals and scar types, in PostgreSQL:
//
// - matching: the generated `search_vector` of each table (GIN-indexed; weights A name/title,
//   B aliases and categories, C descriptions, D long text) against a prefix tsquery, or, for
//   input of 4+ characters, trigram word similarity of the name or title (pg_trgm's `<%`; trigram
//   indexes on product names and article titles) for typos. A product also matches through its topicals'
//   names, aliases and categories (see below).
// - relevance: ts_rank of the document (the better of the prefix query and the words taken whole),
//   plus (products) 0.4 × the best rank of a matching
//   topical it contains, plus 1 when the name equals the input, 0.2 when it starts with it and
//   0.3 × the trigram word similarity of input and name; rounded to 6 decimals, so that the
//   keyset cursor (score, id) compares exactly. On a large catalog a broad word matches tens of
//   thousands of products through their topicals, so a product's costly terms are computed only
//   where they can be non-zero (see `prunedTerms`), with the same result: the work per match is
//   a few hash lookups (docs/performance/decisions/009-search-at-scale.md).
// - facets: one statement over the same matches with per-entry attributes (topicals, categories,
//   scar types, brand, price band, stock), unscored; each facet is counted under every filter
//   criterion except its own, which is exactly what selecting one of its values would return.
//
// Products and their topicals: `search_product` (a migration) holds each product's topical ids as a GIN-indexed array
// with its visibility and facet columns, kept by triggers in the transaction of each write, so an edit is searchable at
// once. The array holds every topical, whatever its status: visibility stays per caller and is applied at query time (a
// product matches through the visible topicals of `linked_topicals` only; a draft topical's aliases find nothing on
// storefronts, but do for editors). A broad word's page reads only the products that can be on it (see `topKProducts`);
// its count and the facets read the matching rows of `search_product`, with no join per match
// (docs/performance/decisions/012-search-top-k.md).
import { DataSource } from 'typeorm';
import { Viewer, visibleTo } from '../../core/viewer';
import { TopicalCategory } from '../../domain/enums';
import { rowReader, RowReader } from '../../db/row-reader';
import { Article, Product, ScarType, Topical, Treatment } from '../../entities';
import { LINK_TABLES } from '../../entities/links.entity';
import { SEARCH_CONFIG } from '../../entities/search-vector';
import { RequestContext } from '../../core/request-context';
import { UserInputError } from '../../core/errors';
import { KeysetCursor, pagePlan, toPage } from '../../graphql/pagination';
import { parseSearchQuery, ParsedSearch } from './search-query';
import { PRICE_BANDS, PriceBand, SearchArgs, SearchFilter, SearchResultType } from './search.inputs';
import { SearchEdge, SearchFacets, SearchNode, SearchPage, SearchPriceBandFacet } from './search.types';
import { StorefrontConfig } from '../../config';
import { CURRENCIES_BY_MINOR_UNIT_DIGITS, minorUnitDigits } from '../../domain/currency';
import { moneyOf } from '../products/money';

/** A filter criterion and the facet counted under every other one; `price` is the price band with its currency. */
type Facet = 'type' | 'topicalCategory' | 'topical' | 'scarType' | 'brand' | 'price' | 'inStock';

const ALL_TYPES = Object.values(SearchResultType);

/** Minor units per major unit of `p.currency` (100 for EUR, 1 for JPY): ISO 4217's minor units. */
const MINOR_PER_MAJOR_SQL = `(CASE ${CURRENCIES_BY_MINOR_UNIT_DIGITS.map(
  ([digits, currencies]) => `WHEN p.currency IN (${currencies.map((code) => `'${code}'`).join(', ')}) THEN ${10 ** digits}`,
).join(' ')} ELSE 100 END)`;

/** The ids of `linked_topicals` as an array (for the index of `search_product`). */
const LINKED_TOPICAL_IDS = `(SELECT COALESCE(array_agg(lt.id), '{}') FROM linked_topicals lt)`;

/** Each product of `product_hits` with each of its topicals, as `pi (product_id, topical_id)`. */
const PRODUCT_HIT_TOPICALS = `(SELECT ph.id AS product_id, x.id AS topical_id FROM product_hits ph CROSS JOIN LATERAL unnest(ph.topical_ids) AS x(id)) pi`;

/** Positional parameters of one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface HitsOptions {
  /** Also compute each hit's facet attributes (filters and facets need them). */
  attributes: boolean;
  /** Compute each hit's score (only a page is sorted by it; counts and facets leave it null). */
  scored: boolean;
  /**
   * With attributes: leave products' topical, category and scar type arrays empty and give their topicals as
   * `product_pairs (type, set_id, topical_id, n)` instead, one row per set of topicals and topical with the number of
   * products having that set, and `product_bits` (see `with`). Facets whose
   * filter has no criterion on those attributes count the pairs: cheaper than building three arrays per product.
   */
  productPairs?: boolean;
  /** Only these kinds of entries. */
  types: readonly SearchResultType[];
  /**
   * Scored, without attributes, for an input with trigrams (see `rankingTopK`): `hits` holds every other kind's matches but
   * only the products that can be on the page, and `hit_total (total)` counts every match.
   */
  topK?: TopK;
}

/** A page's window over the ranking: its size and direction, and its cursors' condition on a (score, id) pair. */
interface TopK {
  size: number;
  backwards: boolean;
  bounds(score: string, id: string): string;
}

/** The terms of a score (see the top of the file), as SQL expressions; a product's has a topical term. */
interface ScoreTerms {
  rank: string;
  topicalRank: string | null;
  isExact: string;
  isPrefix: string;
  similarity: string;
}

/** Builds the CTEs up to `hits (type, id, score[, attributes])` for one query and viewer. */
class HitsSql {
  private readonly tsquery: string;
  private readonly wordsTsquery: string;
  private anyWord: string | null = null;
  private readonly trigram: string;
  private readonly exact: string;
  private likePrefix: string | null = null;

  constructor(
    private readonly params: Params,
    private readonly viewer: Viewer,
    private readonly query: ParsedSearch,
  ) {
    this.tsquery = `to_tsquery('${SEARCH_CONFIG}', ${params.add(query.tsquery)}::text)`;
    this.wordsTsquery = `to_tsquery('${SEARCH_CONFIG}', ${params.add(query.wordsTsquery)}::text)`;
    this.trigram = `${params.add(query.trigramText)}::text`;
    this.exact = `${params.add(query.exactText)}::text`;
  }

  // Parameters only a scored statement uses are added on first use: PostgreSQL cannot prepare a statement with a
  // parameter it does not use (it cannot tell the type).
  private get anyWordTsquery(): string {
    this.anyWord ??= `to_tsquery('${SEARCH_CONFIG}', ${this.params.add(this.query.anyWordTsquery)}::text)`;
    return this.anyWord;
  }

  private get prefix(): string {
    this.likePrefix ??= `${this.params.add(this.query.likePrefix)}::text`;
    return this.likePrefix;
  }

  private visible(alias: string): string {
    return visibleTo(this.viewer, alias);
  }

  private typoMatch(name: string): string {
    return `(${this.trigram} IS NOT NULL AND ${this.trigram} <% ${name})`;
  }

  /** ts_rank of a document: the better of the prefix query and the same words taken whole. */
  private rank(vector: string): string {
    return `greatest(ts_rank(${vector}, ${this.tsquery}), ts_rank(${vector}, ${this.wordsTsquery}))::float8`;
  }

  /**
   * Whether a product's costly score terms come from `product_ranks` and `product_names` (pr, pn), computed only where they
   * can be non-zero, rather than for every matching product. Either way gives the same scores; the pruned terms pay off
   * unless most names share a trigram with the input, as they do for inputs under 4 characters (`pro`: every "Product…").
   */
  private get prunedTerms(): boolean {
    return this.query.trigramText !== null;
  }

  /** Relevance (see the top of the file); a product's with the best rank of a matching topical it contains. */
  private score(vector: string, name: string, topicalRank?: string): string {
    if (topicalRank !== undefined && this.prunedTerms) {
      return this.scoreOf({
        rank: 'COALESCE(pr.rank, 0)',
        topicalRank,
        isExact: 'COALESCE(pn.is_exact, FALSE)',
        isPrefix: 'COALESCE(pn.is_prefix, FALSE)',
        similarity: 'COALESCE(pn.similarity, 0)',
      });
    }
    return this.scoreOf({
      rank: this.rank(vector),
      topicalRank: topicalRank ?? null,
      isExact: `lower(${name}) = ${this.exact}`,
      isPrefix: `lower(${name}) LIKE ${this.prefix}`,
      similarity: `word_similarity(${this.exact}, ${name})`,
    });
  }

  /**
   * A score from its terms, summed in the formula's order (the same floating-point sum for the same terms); without a
   * topical term (entries other than products) the formula has none.
   */
  private scoreOf(terms: ScoreTerms): string {
    return `round((${terms.rank}${terms.topicalRank === null ? '' : ` + 0.4 * ${terms.topicalRank}`}
      + CASE WHEN ${terms.isExact} THEN 1 ELSE 0 END
      + CASE WHEN ${terms.isPrefix} THEN 0.2 ELSE 0 END
      + 0.3 * ${terms.similarity})::numeric, 6)::float8`;
  }

  private branches({ attributes, scored, productPairs }: HitsOptions): Record<SearchResultType, string> {
    const v = (alias: string) => this.visible(alias);
    const score = (vector: string, name: string) => (scored ? this.score(vector, name) : 'NULL::float8');
    const attrs = (topicalIds: string, categories: string, scarTypeIds: string, product?: string) =>
      attributes ? `, ${topicalIds}, ${categories}, ${scarTypeIds}, ${product ?? 'NULL::uuid, NULL::text, NULL::text, NULL::boolean'}` : '';
    // Related visible topicals (through topical_facts, which holds only visible ones) and their categories.
    const topicalsVia = (from: string, where: string): [string, string] => [
      `ARRAY(SELECT tf.id ${from} WHERE ${where})`,
      `ARRAY(SELECT DISTINCT tf.category ${from} WHERE ${where})`,
    ];
    const taggedScarTypes = (link: string, owner: string, id: string) =>
      `ARRAY(SELECT l.scar_type_id FROM ${link} l JOIN scar_type s ON s.id = l.scar_type_id WHERE l.${owner} = ${id} AND ${v('s')})`;
    // Bands are in major units of the product's own currency.
    const priceBand = `CASE ${PRICE_BANDS.filter((b) => b.max !== null)
      .map((b) => `WHEN p.price_cents < ${b.max} * ${MINOR_PER_MAJOR_SQL} THEN '${b.band}'`)
      .join(' ')} ELSE '${PriceBand.FROM_100}' END`;
    const productColumns = `p.brand_id, p.currency::text, ${priceBand}, p.in_stock`;
    return {
      // Products: the attributes of every matching product in one grouped join, not per product; unscored, every column
      // from product_hits (search_product), scored from the product rows the score reads anyway.
      [SearchResultType.PRODUCT]: scored
        ? `
        SELECT 'PRODUCT'::text, p.id, ${this.score('p.search_vector', 'p.name', 'pm.topical_rank')}
          ${attrs(`COALESCE(pf.topical_ids, '{}')`, `COALESCE(pf.categories, '{}')`, `COALESCE(pf.scar_type_ids, '{}')`, productColumns)}
        FROM product_matches pm
          JOIN product p ON p.id = pm.id
          ${this.prunedTerms ? 'LEFT JOIN product_ranks pr ON pr.id = p.id LEFT JOIN product_names pn ON pn.id = p.id' : ''}
          ${attributes ? 'LEFT JOIN product_facts pf ON pf.product_id = p.id' : ''}
        WHERE ${v('p')} AND EXISTS (SELECT 1 FROM brand b WHERE b.id = p.brand_id AND ${v('b')})`
        : `
        SELECT 'PRODUCT'::text, p.id, NULL::float8
          ${attrs(
            productPairs ? `'{}'::uuid[]` : `COALESCE(pf.topical_ids, '{}')`,
            productPairs ? `'{}'::text[]` : `COALESCE(pf.categories, '{}')`,
            productPairs ? `'{}'::uuid[]` : `COALESCE(pf.scar_type_ids, '{}')`,
            productColumns,
          )}
        FROM product_hits p ${attributes && !productPairs ? 'LEFT JOIN product_facts pf ON pf.product_id = p.id' : ''}`,
      [SearchResultType.ARTICLE]: `
        SELECT 'ARTICLE'::text, a.id, ${score('a.search_vector', 'a.title')}
          ${attrs(
            ...topicalsVia(`FROM ${LINK_TABLES.articleTopical} l JOIN topical_facts tf ON tf.id = l.topical_id`, 'l.article_id = a.id'),
            taggedScarTypes(LINK_TABLES.articleScarType, 'article_id', 'a.id'),
          )}
        FROM article a WHERE (a.search_vector @@ ${this.tsquery} OR ${this.typoMatch('a.title')}) AND ${v('a')}`,
      [SearchResultType.TREATMENT]: `
        SELECT 'TREATMENT'::text, tr.id, ${score('tr.search_vector', 'tr.name')}
          ${attrs(`'{}'::uuid[]`, `'{}'::text[]`, taggedScarTypes(LINK_TABLES.treatmentScarType, 'treatment_id', 'tr.id'))}
        FROM treatment tr WHERE (tr.search_vector @@ ${this.tsquery} OR ${this.typoMatch('tr.name')}) AND ${v('tr')}`,
      [SearchResultType.TOPICAL]: `
        SELECT 'TOPICAL'::text, tp.id, ${score('tp.search_vector', 'tp.name')}
          ${attrs('ARRAY[tp.id]', 'ARRAY[tp.category::text]', '(SELECT tf.scar_type_ids FROM topical_facts tf WHERE tf.id = tp.id)')}
        FROM topical tp WHERE (tp.search_vector @@ ${this.tsquery} OR ${this.typoMatch('tp.name')}) AND ${v('tp')}`,
      [SearchResultType.SCAR_TYPE]: `
        SELECT 'SCAR_TYPE'::text, st.id, ${score('st.search_vector', 'st.name')}
          ${attrs(...topicalsVia('FROM topical_facts tf', 'st.id = ANY(tf.scar_type_ids)'), 'ARRAY[st.id]')}
        FROM scar_type st WHERE (st.search_vector @@ ${this.tsquery} OR ${this.typoMatch('st.name')}) AND ${v('st')}`,
    };
  }

  /** Products found by their own text: the search document, or a typo of the name. */
  private get productTextMatches(): string {
    return `SELECT m.id FROM product m WHERE m.search_vector @@ ${this.tsquery} UNION SELECT m.id FROM product m WHERE ${this.typoMatch('m.name')}`;
  }

  /** A visible product of `search_product` (alias `sp`) of a visible brand. */
  private get visibleSearchProduct(): string {
    return `${this.visible('sp')} AND EXISTS (SELECT 1 FROM brand b WHERE b.id = sp.brand_id AND ${this.visible('b')})`;
  }

  /**
   * The CTEs of the products' top k (see `topKProducts`). `product_scored`: the products some term of whose score besides
   * the topical one can be non-zero (those of product_ranks and product_names, and those found by their own text);
   * `product_levels`: the linked topicals by rank, each rank with the score of a product it is the only term of, the
   * topicals of that rank and those ranked higher; `product_total`: every matching product, counted from the index of
   * `search_product` (those containing a linked topical) plus those found by their own text alone.
   */
  private topKProductCtes(): string[] {
    const levelScore = this.scoreOf({
      rank: '0::float8',
      topicalRank: 'l.rank',
      isExact: 'FALSE',
      isPrefix: 'FALSE',
      similarity: '0::real',
    });
    return [
      `product_text_matches AS MATERIALIZED (${this.productTextMatches})`,
      `product_scored AS MATERIALIZED (SELECT id FROM product_ranks UNION SELECT id FROM product_names UNION SELECT id FROM product_text_matches)`,
      `product_levels AS (
        SELECT l.rank, ${levelScore} AS score, array_agg(l.id) AS topical_ids,
          COALESCE((SELECT array_agg(h.id) FROM linked_topicals h WHERE h.rank > l.rank), '{}') AS higher_topical_ids
        FROM linked_topicals l GROUP BY l.rank)`,
      `product_total AS (SELECT
        (SELECT count(*) FROM search_product sp WHERE sp.topical_ids && ${LINKED_TOPICAL_IDS} AND ${this.visibleSearchProduct})
        + (SELECT count(*) FROM search_product sp
           WHERE sp.product_id IN (SELECT id FROM product_text_matches) AND NOT sp.topical_ids && ${LINKED_TOPICAL_IDS} AND ${this.visibleSearchProduct})
        AS total)`,
    ];
  }

  /**
   * The products that can be on a page of `topK`, without scoring every match: a product's score is the formula of its
   * terms, and outside `product_scored` every term but the topical one is 0, so all the products whose best linked topical
   * has one rank share one score and follow each other by id. Such products are read per rank in id order from
   * `search_product` (containing a topical of that rank, none ranked higher), the page's size past the cursors, and
   * `product_scored`'s are scored in full; the page is the best of these.
   */
  private topKProducts(topK: TopK): string {
    const order = topK.backwards ? 'DESC' : 'ASC';
    const scored = this.scoreOf({
      rank: 'COALESCE(pr.rank, 0)',
      topicalRank: 'COALESCE(tr.rank, 0)',
      isExact: 'COALESCE(pn.is_exact, FALSE)',
      isPrefix: 'COALESCE(pn.is_prefix, FALSE)',
      similarity: 'COALESCE(pn.similarity, 0)',
    });
    return `
        SELECT 'PRODUCT'::text, sp.product_id, ${scored}
        FROM search_product sp
          CROSS JOIN LATERAL (SELECT max(lt.rank) AS rank FROM linked_topicals lt WHERE lt.id = ANY(sp.topical_ids)) tr
          LEFT JOIN product_ranks pr ON pr.id = sp.product_id LEFT JOIN product_names pn ON pn.id = sp.product_id
        WHERE sp.product_id = ANY(ARRAY(SELECT id FROM product_scored))
          AND (tr.rank IS NOT NULL OR sp.product_id IN (SELECT id FROM product_text_matches)) AND ${this.visibleSearchProduct}
      UNION ALL
        SELECT 'PRODUCT'::text, c.product_id, l.score
        FROM product_levels l CROSS JOIN LATERAL (
          SELECT sp.product_id FROM search_product sp
          WHERE sp.topical_ids && l.topical_ids AND NOT sp.topical_ids && l.higher_topical_ids AND ${this.visibleSearchProduct}
            AND sp.product_id NOT IN (SELECT id FROM product_scored) AND ${topK.bounds('l.score', 'sp.product_id')}
          ORDER BY sp.product_id ${order} LIMIT ${topK.size + 1}) c`;
  }

  /** `WITH linked_topicals, product_matches[, topical_facts], hits (type, id, score[, attributes])`. */
  with(options: HitsOptions, materialized = false): string {
    const branches = this.branches(options);
    const types = options.types.length > 0 ? options.types : ALL_TYPES;
    const ctes: string[] = [
      // Topicals a product may match through: by name, aliases and category (weights A and B), or a typo of the name.
      `linked_topicals AS MATERIALIZED (
        SELECT t.id, ${this.rank("ts_filter(t.search_vector, '{a,b}')")} + 0.3 * word_similarity(${this.exact}, t.name) AS rank
        FROM topical t
        WHERE (ts_filter(t.search_vector, '{a,b}') @@ ${this.tsquery} OR ${this.typoMatch('t.name')}) AND ${this.visible('t')})`,
    ];
    if (!options.scored) {
      // Every matching visible product with its columns from search_product: a BitmapOr of its topicals' index and its
      // primary key (for the few found by their own text), no join.
      ctes.push(`product_hits AS MATERIALIZED (
        SELECT sp.product_id AS id, sp.brand_id, sp.currency, sp.price_cents, sp.in_stock, sp.topical_ids
        FROM search_product sp
        WHERE (sp.topical_ids && ${LINKED_TOPICAL_IDS} OR sp.product_id = ANY(ARRAY(${this.productTextMatches})))
          AND ${this.visibleSearchProduct})`);
    } else if (!options.topK) {
      // Each arm can use its own index: the search document's, the name's trigrams, product_ingredient's (topical, product).
      // Each product once, with the best rank of a matching topical it contains (0: none); grouped on product_ingredient's
      // own column, so the planner knows how many products to expect and joins them to product by hashing, not one by one.
      ctes.push(`product_matches AS (
        SELECT COALESCE(t.id, d.id) AS id, COALESCE(t.topical_rank, 0) AS topical_rank
        FROM (SELECT pi.product_id AS id, max(lt.rank) AS topical_rank
              FROM ${LINK_TABLES.productIngredient} pi JOIN linked_topicals lt ON lt.id = pi.topical_id GROUP BY pi.product_id) t
        FULL JOIN (${this.productTextMatches}) d ON d.id = t.id)`);
    }
    if (options.scored && this.prunedTerms) {
      // The terms of a product's score that are 0 for most products of a broad match, computed only where they are not:
      // ts_rank of a document holding one of the words, and the name terms of a name sharing a trigram with the input
      // (search_product_names, see its migration). The other products' terms are 0, as computing them would give.
      ctes.push(
        `product_ranks AS MATERIALIZED (SELECT m.id, ${this.rank('m.search_vector')} AS rank FROM product m WHERE m.search_vector @@ ${this.anyWordTsquery})`,
        `product_names AS MATERIALIZED (SELECT * FROM search_product_names(${this.exact}, ${this.prefix}))`,
      );
    }
    if (options.topK) ctes.push(...this.topKProductCtes());
    if (options.attributes) {
      // Every visible topical with the visible scar types it helps (a small table, read once).
      ctes.push(`topical_facts AS MATERIALIZED (
        SELECT t.id, t.category::text AS category,
          ARRAY(SELECT tst.scar_type_id FROM ${LINK_TABLES.topicalScarType} tst JOIN scar_type s ON s.id = tst.scar_type_id
                WHERE tst.topical_id = t.id AND ${this.visible('s')}) AS scar_type_ids
        FROM topical t WHERE ${this.visible('t')})`);
    }
    if (options.attributes && !options.productPairs) {
      // The matching products' visible topicals, then per product their ids, categories and scar types. Distinct pairs
      // first and arrays after, both by hashing: DISTINCT inside array_agg would sort every pair of the match.
      ctes.push(
        `product_topicals AS MATERIALIZED (
          SELECT pi.product_id, tf.id AS topical_id, tf.category, tf.scar_type_ids
          FROM ${options.scored ? `product_matches pm JOIN ${LINK_TABLES.productIngredient} pi ON pi.product_id = pm.id` : PRODUCT_HIT_TOPICALS}
            JOIN topical_facts tf ON tf.id = pi.topical_id)`,
        `product_facts AS (
          SELECT t.product_id, t.topical_ids, c.categories, s.scar_type_ids
          FROM (SELECT product_id, array_agg(topical_id) AS topical_ids FROM product_topicals GROUP BY product_id) t
          JOIN (SELECT product_id, array_agg(category) AS categories FROM (SELECT DISTINCT product_id, category FROM product_topicals) x
                GROUP BY product_id) c ON c.product_id = t.product_id
          LEFT JOIN (SELECT product_id, array_agg(scar_type_id) AS scar_type_ids
                     FROM (SELECT DISTINCT pt.product_id, x.id AS scar_type_id FROM product_topicals pt CROSS JOIN LATERAL unnest(pt.scar_type_ids) AS x(id)) y
                     GROUP BY product_id) s ON s.product_id = t.product_id)`,
      );
    }
    const columns = options.attributes
      ? 'type, id, score, topical_ids, categories, scar_type_ids, brand_id, price_currency, price_band, in_stock'
      : 'type, id, score';
    if (options.topK) branches[SearchResultType.PRODUCT] = this.topKProducts(options.topK);
    ctes.push(`hits (${columns}) AS ${materialized ? 'MATERIALIZED ' : ''}(${types.map((type) => branches[type]).join('\nUNION ALL')})`);
    if (options.topK) {
      const products = types.includes(SearchResultType.PRODUCT) ? '(SELECT total FROM product_total)' : '0';
      ctes.push(`hit_total AS (SELECT ${products} + (SELECT count(*) FROM hits WHERE type <> '${SearchResultType.PRODUCT}') AS total)`);
    }
    if (options.attributes && options.productPairs) {
      // Products are counted per set of topicals (many share one): each set's visible topicals are its pairs. Each category
      // and each visible scar type gets a bit position, each topical the bits of its category and scar types, each set those
      // of its topicals (bit_or), and the products are counted per set of bits: a few hundred groups rather than one row per
      // product and category or scar type.
      ctes.push(
        `product_sets AS MATERIALIZED (
          SELECT row_number() OVER () AS id, s.topical_ids, s.n
          FROM (SELECT ph.topical_ids, count(*)::int AS n FROM product_hits ph ${types.includes(SearchResultType.PRODUCT) ? '' : 'WHERE FALSE'}
                GROUP BY ph.topical_ids) s)`,
        `product_pairs AS MATERIALIZED (
          SELECT '${SearchResultType.PRODUCT}'::text AS type, ps.id AS set_id, x.id AS topical_id, ps.n
          FROM product_sets ps CROSS JOIN LATERAL unnest(ps.topical_ids) AS x(id) JOIN topical_facts tf ON tf.id = x.id)`,
        `category_slots AS MATERIALIZED (
          SELECT c.category, (row_number() OVER (ORDER BY c.category) - 1)::int AS position FROM (SELECT DISTINCT category FROM topical_facts) c)`,
        `scar_type_slots AS MATERIALIZED (
          SELECT s.id, (row_number() OVER (ORDER BY s.id) - 1)::int AS position FROM scar_type s WHERE ${this.visible('s')})`,
        `topical_bits AS MATERIALIZED (
          SELECT tf.id,
            set_bit(repeat('0', (SELECT count(*) FROM category_slots)::int)::varbit,
                    (SELECT c.position FROM category_slots c WHERE c.category = tf.category), 1) AS categories,
            (SELECT COALESCE(bit_or(set_bit(repeat('0', (SELECT count(*) FROM scar_type_slots)::int)::varbit, st.position, 1)),
                             repeat('0', (SELECT count(*) FROM scar_type_slots)::int)::varbit)
             FROM scar_type_slots st WHERE st.id = ANY(tf.scar_type_ids)) AS scar_types
          FROM topical_facts tf)`,
        `product_bits AS MATERIALIZED (
          SELECT '${SearchResultType.PRODUCT}'::text AS type, b.categories, b.scar_types, sum(b.n)::int AS n
          FROM (SELECT bit_or(tb.categories) AS categories, bit_or(tb.scar_types) AS scar_types, min(pp.n) AS n
                FROM product_pairs pp JOIN topical_bits tb ON tb.id = pp.topical_id GROUP BY pp.set_id) b
          GROUP BY b.categories, b.scar_types)`,
      );
    }
    return `WITH ${ctes.join(',\n')}`;
  }
}

/** The filter as SQL conditions over `h` (a row of `hits` with attributes), one per criterion given. */
function filterConditions(params: Params, viewer: Viewer, filter: SearchFilter, storefrontCurrency: string): Partial<Record<Facet, string>> {
  const conditions: Partial<Record<Facet, string>> = {};
  if (filter.types && filter.types.length > 0) conditions.type = `h.type = ANY(${params.add(filter.types)}::text[])`;
  if (filter.topicalCategory != null) conditions.topicalCategory = `${params.add(filter.topicalCategory)}::text = ANY(h.categories)`;
  if (filter.topical != null) {
    conditions.topical = `(SELECT t.id FROM topical t WHERE t.slug = ${params.add(filter.topical)} AND ${visibleTo(viewer, 't')}) = ANY(h.topical_ids)`;
  }
  if (filter.scarType != null) {
    conditions.scarType = `(SELECT s.id FROM scar_type s WHERE s.slug = ${params.add(filter.scarType)} AND ${visibleTo(viewer, 's')}) = ANY(h.scar_type_ids)`;
  }
  if (filter.brand != null) {
    conditions.brand = `h.brand_id = (SELECT b.id FROM brand b WHERE b.slug = ${params.add(filter.brand)} AND ${visibleTo(viewer, 'b')})`;
  }
  if (filter.priceBand != null || filter.currency != null) {
    // A band is of one currency: the filter's, else the storefront's; other currencies' products are left out.
    const currency = `h.price_currency = ${params.add(filter.currency ?? storefrontCurrency)}`;
    conditions.price = filter.priceBand != null ? `${currency} AND h.price_band = ${params.add(filter.priceBand)}` : currency;
  }
  if (filter.inStock != null) conditions.inStock = `h.in_stock = ${params.add(filter.inStock)}`;
  return conditions;
}

function and(conditions: Partial<Record<Facet, string>>, except?: Facet): string {
  const parts = Object.entries(conditions)
    .filter(([facet]) => facet !== except)
    .map(([, sql]) => sql);
  return parts.length > 0 ? parts.join(' AND ') : 'TRUE';
}

/** Whether the filter has criteria beyond `types` (those need the hits' attributes). */
function needsAttributes(filter: SearchFilter): boolean {
  return Object.entries(filter).some(([key, value]) => key !== 'types' && value != null);
}

/**
 * Whether a page takes the products that can be on it (HitsOptions.topK) rather than scoring every match: for an input
 * with trigrams (whose products' costly terms are pruned) and a filter on kinds of entries only.
 */
function rankingTopK(query: ParsedSearch, filter: SearchFilter): boolean {
  return query.trigramText !== null && !needsAttributes(filter);
}

interface Statement {
  params: Params;
  conditions: Partial<Record<Facet, string>>;
  with(materialized?: boolean): string;
}

interface HitRow {
  type: SearchResultType;
  id: string;
  score: number;
  /** Matches of the query and filter on every page (a bigint: a string from pg). */
  total: string;
}

/** Price band rows (`value`: the band, `label`: its currency) by currency, each in price order. */
function priceBandFacets(rows: FacetRow[]): SearchPriceBandFacet[] {
  const currencies = [...new Set(rows.map((row) => row.label!))].sort();
  return currencies.flatMap((currency) =>
    PRICE_BANDS.flatMap(({ band, min, max }) => {
      const row = rows.find((r) => r.label === currency && r.value === band);
      if (!row) return [];
      const minor = 10 ** minorUnitDigits(currency);
      return [
        {
          band,
          currency,
          min: moneyOf(min * minor, currency),
          max: max === null ? null : moneyOf(max * minor, currency),
          minPriceCents: min * minor,
          maxPriceCents: max === null ? null : max * minor,
          count: row.count,
        },
      ];
    }),
  );
}

interface FacetRow {
  facet: Facet;
  value: string;
  label: string | null;
  count: number;
}

export class SearchService {
  private readonly readers: Record<SearchResultType, RowReader<SearchNode>> = {
    [SearchResultType.PRODUCT]: rowReader<SearchNode>(this.dataSource, Product),
    [SearchResultType.ARTICLE]: rowReader<SearchNode>(this.dataSource, Article),
    [SearchResultType.TREATMENT]: rowReader<SearchNode>(this.dataSource, Treatment),
    [SearchResultType.TOPICAL]: rowReader<SearchNode>(this.dataSource, Topical),
    [SearchResultType.SCAR_TYPE]: rowReader<SearchNode>(this.dataSource, ScarType),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly storefront: StorefrontConfig,
  ) {}

  async search(ctx: RequestContext, args: SearchArgs): Promise<SearchPage> {
    const query = parseSearchQuery(args.query);
    if (!query) throw UserInputError.forField('query', 'must contain a letter or a digit');
    const filter = args.filter ?? {};
    const plan = pagePlan(args);
    for (const argument of ['after', 'before'] as const) {
      const cursor = plan[argument];
      if (cursor && typeof cursor[0] !== 'number') throw UserInputError.forField(argument, 'is not a cursor returned by search');
    }

    const statement = (options: HitsOptions): Statement => {
      const params = new Params();
      const hits = new HitsSql(params, ctx.viewer, query);
      const conditions = filterConditions(params, ctx.viewer, filter, this.storefront.currency);
      return { params, conditions, with: (materialized = false) => hits.with(options, materialized) };
    };
    // Kinds the filter excludes are not even looked for; filters other than `types` need the attributes.
    const listing: HitsOptions = { attributes: needsAttributes(filter), scored: false, types: filter.types ?? [] };

    // Results come by score descending, ties by id ascending: "later" is a lower score or, at the same score, a greater id.
    const bound = (params: Params, [score, id]: KeysetCursor, later: boolean, scoreSql: string, idSql: string) => {
      const s = params.add(score);
      return `(${scoreSql} ${later ? '<' : '>'} ${s}::float8 OR (${scoreSql} = ${s}::float8 AND ${idSql} ${later ? '>' : '<'} ${params.add(id)}::uuid))`;
    };
    const bounds = (params: Params, scoreSql: string, idSql: string) => {
      const conditions = [
        ...(plan.after ? [bound(params, plan.after, true, scoreSql, idSql)] : []),
        ...(plan.before ? [bound(params, plan.before, false, scoreSql, idSql)] : []),
      ];
      return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
    };
    // Backwards, the rows nearest `before` (or the end) are fetched first, in reverse; toPage turns them round.
    const ordering = plan.backwards ? 'h.score ASC, h.id DESC' : 'h.score DESC, h.id ASC';
    let rows: HitRow[];
    if (rankingTopK(query, filter)) {
      const page = statement({
        ...listing,
        scored: true,
        topK: { size: plan.size, backwards: plan.backwards, bounds: (score, id) => bounds(page.params, score, id) },
      });
      rows = await this.dataSource.query(
        `${page.with()}
        SELECT h.type, h.id, h.score, t.total FROM hits h, hit_total t WHERE ${and(page.conditions)} AND ${bounds(page.params, 'h.score', 'h.id')}
        ORDER BY ${ordering} LIMIT ${plan.size + 1}`,
        page.params.values,
      );
    } else {
      const page = statement({ ...listing, scored: true });
      // Every match is scored to be sorted anyway, so the total (before the cursors) comes with the page.
      rows = await this.dataSource.query(
        `${page.with()}
        SELECT h.type, h.id, h.score, h.total FROM (SELECT h.*, count(*) OVER () AS total FROM hits h WHERE ${and(page.conditions)}) h
        WHERE ${bounds(page.params, 'h.score', 'h.id')} ORDER BY ${ordering} LIMIT ${plan.size + 1}`,
        page.params.values,
      );
    }
    const countTotal = async () => {
      if (rows.length > 0) return Number(rows[0].total);
      if (!plan.after && !plan.before) return 0;
      // Beyond either end of the list: counted on its own.
      const count = statement(listing);
      const [{ total }] = await this.dataSource.query<{ total: number }[]>(
        `${count.with()} SELECT count(*)::int AS total FROM hits h WHERE ${and(count.conditions)}`,
        count.params.values,
      );
      return total;
    };
    const hitPage = toPage(rows, plan, (row) => [row.score, row.id], countTotal);
    const nodes = await this.load(hitPage.edges.map((edge) => edge.node));
    const edges: SearchEdge[] = hitPage.edges.flatMap((edge) => {
      const node = nodes.get(edge.node.id);
      // Unpublished or deleted between the two statements: left out of this page.
      return node ? [{ cursor: edge.cursor, score: edge.node.score, node }] : [];
    });

    return {
      edges,
      pageInfo: hitPage.pageInfo,
      countTotal: hitPage.countTotal,
      // Every kind of entry: the type facet counts them all (each count under the other criteria).
      computeFacets: () => {
        const productPairs = !needsAttributes(filter);
        return this.facets(statement({ attributes: true, scored: false, productPairs, types: [] }), productPairs);
      },
    };
  }

  /** `productPairs`: the statement gives products' topicals as pairs (only `type` criteria apply, see HitsOptions). */
  private async facets(s: Statement, productPairs: boolean): Promise<SearchFacets> {
    const where = (facet: Facet) => and(s.conditions, facet);
    // Each value of an array attribute with the number of entries relating to it: unnested from the hits' arrays (one
    // each), and for products, when the statement has their pairs, from those: a topical once per pair, a category or scar
    // type from the products grouped by the set of them they relate to (`product_bits`: two topicals of a product may
    // share a category or scar type, and a bit is set once however many do).
    const related = (facet: Facet, array: string, products: string) =>
      `SELECT x.value, 1 AS n FROM hits h CROSS JOIN LATERAL unnest(h.${array}) AS x(value) WHERE ${where(facet)}` +
      (productPairs ? ` UNION ALL SELECT ${products} WHERE ${where(facet)}` : '');
    const rows: FacetRow[] = await this.dataSource.query(
      `${s.with(true)}
      SELECT 'type' AS facet, h.type AS value, NULL AS label, count(*)::int AS count FROM hits h WHERE ${where('type')} GROUP BY h.type
      UNION ALL
      SELECT 'topicalCategory', r.value::text, NULL, sum(r.n)::int
        FROM (${related('topicalCategory', 'categories', 'c.category, h.n FROM product_bits h JOIN category_slots c ON get_bit(h.categories, c.position) = 1')}) r
        GROUP BY r.value
      UNION ALL
      SELECT 'topical', t.slug, t.name, sum(r.n)::int
        FROM (${related('topical', 'topical_ids', 'h.topical_id, h.n FROM product_pairs h')}) r JOIN topical t ON t.id = r.value::uuid GROUP BY t.slug, t.name
      UNION ALL
      SELECT 'scarType', s.slug, s.name, sum(r.n)::int
        FROM (${related('scarType', 'scar_type_ids', 'st.id, h.n FROM product_bits h JOIN scar_type_slots st ON get_bit(h.scar_types, st.position) = 1')}) r
        JOIN scar_type s ON s.id = r.value::uuid GROUP BY s.slug, s.name
      UNION ALL
      SELECT 'brand', b.slug, b.name, count(*)::int FROM hits h JOIN brand b ON b.id = h.brand_id WHERE ${where('brand')} GROUP BY b.slug, b.name
      UNION ALL
      SELECT 'price', h.price_band, h.price_currency, count(*)::int FROM hits h WHERE h.price_band IS NOT NULL AND ${where('price')}
        GROUP BY h.price_currency, h.price_band
      UNION ALL
      SELECT 'inStock', h.in_stock::text, NULL, count(*)::int FROM hits h WHERE h.in_stock IS NOT NULL AND ${where('inStock')} GROUP BY h.in_stock`,
      s.params.values,
    );
    const byFacet = (facet: Facet) => rows.filter((row) => row.facet === facet).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    const entries = (facet: Facet) => byFacet(facet).map((row) => ({ slug: row.value, name: row.label ?? row.value, count: row.count }));
    return {
      types: byFacet('type').map((row) => ({ type: row.value as SearchResultType, count: row.count })),
      topicalCategories: byFacet('topicalCategory').map((row) => ({ category: row.value as TopicalCategory, count: row.count })),
      topicals: entries('topical'),
      scarTypes: entries('scarType'),
      brands: entries('brand'),
      priceBands: priceBandFacets(rows.filter((row) => row.facet === 'price')),
      inStock: byFacet('inStock').map((row) => ({ inStock: row.value === 'true', count: row.count })),
    };
  }

  /** The page's entries by id, one statement per kind of entry on the page. */
  private async load(rows: HitRow[]): Promise<Map<string, SearchNode>> {
    const idsByType = new Map<SearchResultType, string[]>();
    for (const row of rows) idsByType.set(row.type, [...(idsByType.get(row.type) ?? []), row.id]);
    const loaded = await Promise.all(
      [...idsByType].map(async ([type, ids]) => {
        const reader = this.readers[type];
        const found: Record<string, unknown>[] = await this.dataSource.query(
          `SELECT ${reader.select('e')} FROM ${reader.table} e WHERE e.id = ANY($1)`,
          [ids],
        );
        return found.map((row) => reader.read(row));
      }),
    );
    return new Map(loaded.flat().map((node) => [node.id, node]));
  }
}
