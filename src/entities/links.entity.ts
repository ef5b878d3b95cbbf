// Join tables between entries. Explicit entities (rather than implicit many-to-many tables) so
// loaders can batch-read them with one statement per relation and the keys stay visible.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RuleTopicalRole } from '../domain/rule-topical-role';
import { Article } from './article.entity';
import { Citation } from './citation.entity';
import { CompatibilityRule } from './compatibility-rule.entity';
import { ScarType } from './scar-type.entity';
import { Topical } from './topical.entity';
import { Treatment } from './treatment.entity';

/** Every link table's name, for the entities here and for SQL that reads or writes link rows. */
export const LINK_TABLES = {
  treatmentScarType: 'treatment_scar_type',
  topicalScarType: 'topical_scar_type',
  articleTreatment: 'article_treatment',
  articleScarType: 'article_scar_type',
  articleTopical: 'article_topical',
  articleCitation: 'article_citation',
  ruleTopical: 'rule_topical',
  ruleCitation: 'rule_citation',
  productIngredient: 'product_ingredient',
} as const;

@Entity(LINK_TABLES.treatmentScarType)
export class TreatmentScarType {
  @PrimaryColumn({ name: 'treatment_id', type: 'uuid' })
  treatmentId!: string;

  @Index()
  @PrimaryColumn({ name: 'scar_type_id', type: 'uuid' })
  scarTypeId!: string;

  @ManyToOne(() => Treatment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'treatment_id' })
  treatment?: Treatment;

  @ManyToOne(() => ScarType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scar_type_id' })
  scarType?: ScarType;
}

/** The scar types a topical helps with. */
@Entity(LINK_TABLES.topicalScarType)
export class TopicalScarType {
  @PrimaryColumn({ name: 'topical_id', type: 'uuid' })
  topicalId!: string;

  @Index()
  @PrimaryColumn({ name: 'scar_type_id', type: 'uuid' })
  scarTypeId!: string;

  @ManyToOne(() => Topical, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topical_id' })
  topical?: Topical;

  @ManyToOne(() => ScarType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scar_type_id' })
  scarType?: ScarType;
}

@Entity(LINK_TABLES.articleTreatment)
export class ArticleTreatment {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Index()
  @PrimaryColumn({ name: 'treatment_id', type: 'uuid' })
  treatmentId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @ManyToOne(() => Treatment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'treatment_id' })
  treatment?: Treatment;
}

@Entity(LINK_TABLES.articleScarType)
export class ArticleScarType {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Index()
  @PrimaryColumn({ name: 'scar_type_id', type: 'uuid' })
  scarTypeId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @ManyToOne(() => ScarType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scar_type_id' })
  scarType?: ScarType;
}

@Entity(LINK_TABLES.articleTopical)
export class ArticleTopical {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Index()
  @PrimaryColumn({ name: 'topical_id', type: 'uuid' })
  topicalId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @ManyToOne(() => Topical, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topical_id' })
  topical?: Topical;
}

@Entity(LINK_TABLES.articleCitation)
export class ArticleCitation {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Index()
  @PrimaryColumn({ name: 'citation_id', type: 'uuid' })
  citationId!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @ManyToOne(() => Citation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citation_id' })
  citation?: Citation;
}

/** A topical a rule speaks about, and in which role (subject, or one side of a pair). */
@Entity(LINK_TABLES.ruleTopical)
export class RuleTopical {
  @PrimaryColumn({ name: 'rule_id', type: 'uuid' })
  ruleId!: string;

  @Index()
  @PrimaryColumn({ name: 'topical_id', type: 'uuid' })
  topicalId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  role!: RuleTopicalRole;

  /** Order within the role: for requirements, the preferred topical comes first. */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @ManyToOne(() => CompatibilityRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id' })
  rule?: CompatibilityRule;

  @ManyToOne(() => Topical, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topical_id' })
  topical?: Topical;
}

@Entity(LINK_TABLES.ruleCitation)
export class RuleCitation {
  @PrimaryColumn({ name: 'rule_id', type: 'uuid' })
  ruleId!: string;

  @Index()
  @PrimaryColumn({ name: 'citation_id', type: 'uuid' })
  citationId!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @ManyToOne(() => CompatibilityRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id' })
  rule?: CompatibilityRule;

  @ManyToOne(() => Citation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citation_id' })
  citation?: Citation;
}
