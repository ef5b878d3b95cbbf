import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * search_product_names (see SearchAtScale) also for an input without trigrams: under a locale where its letters are not
 * word characters for pg_trgm (e.g. non-Latin letters with LC_CTYPE C), no name shares a trigram with it, yet a name may
 * equal it or start with it. Such an input gets those names from a scan (rare; the gating condition is evaluated once,
 * so an input with trigrams never scans). Without parallel workers: the planner would plan a Gather for that scan, and
 * starting its workers cost about 16 ms of every call even when the scan never runs.
 */
const BY_TRIGRAM = `SELECT p.id, lower(p.name) = input, lower(p.name) LIKE like_prefix, word_similarity(input, p.name) FROM product p WHERE input <% p.name`;

const define = (body: string, settings = '') =>
  `CREATE OR REPLACE FUNCTION search_product_names(input text, like_prefix text)
   RETURNS TABLE (id uuid, is_exact boolean, is_prefix boolean, similarity real)
   LANGUAGE sql STABLE PARALLEL SAFE ROWS 100
   SET pg_trgm.word_similarity_threshold = 0.0001 ${settings}
   AS $$ ${body} $$`;

export class SearchNamesWithoutTrigrams1795258500000 implements MigrationInterface {
  name = 'SearchNamesWithoutTrigrams1795258500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      define(
        `${BY_TRIGRAM}
        UNION ALL
        SELECT p.id, lower(p.name) = input, lower(p.name) LIKE like_prefix, word_similarity(input, p.name) FROM product p
        WHERE cardinality(show_trgm(input)) = 0 AND (lower(p.name) = input OR lower(p.name) LIKE like_prefix)`,
        'SET max_parallel_workers_per_gather = 0',
      ),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // As SearchAtScale created it (CREATE OR REPLACE keeps no SET clause it does not repeat).
    await queryRunner.query(define(BY_TRIGRAM));
  }
}
