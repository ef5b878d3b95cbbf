import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { visibleTo } from '../../core/viewer';
import { Brand, ScarType, Topical, Treatment } from '../../entities';
import { RequestContext } from '../../core/request-context';
import { withRedirect } from './slug-history';

/** Reads of the small reference collections: treatments, scar types, topicals and brands. */
export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  treatments(ctx: RequestContext): Promise<Treatment[]> {
    return this.listAll(ctx, Treatment);
  }

  async treatmentBySlug(ctx: RequestContext, slug: string): Promise<Treatment | null> {
    const treatment = await this.dataSource
      .getRepository(Treatment)
      .createQueryBuilder('entry')
      .where(`(entry.slug = :slug OR entry.id = (SELECT h.entity_id FROM slug_history h WHERE h.entity_type = 'treatment' AND h.slug = :slug))`, {
        slug,
      })
      .andWhere(visibleTo(ctx.viewer, 'entry'))
      .getOne();
    return withRedirect(treatment, slug);
  }

  scarTypes(ctx: RequestContext): Promise<ScarType[]> {
    return this.listAll(ctx, ScarType);
  }

  scarTypeBySlug(ctx: RequestContext, slug: string): Promise<ScarType | null> {
    return this.findBySlug(ctx, ScarType, slug);
  }

  topicals(ctx: RequestContext): Promise<Topical[]> {
    return this.listAll(ctx, Topical);
  }

  topicalBySlug(ctx: RequestContext, slug: string): Promise<Topical | null> {
    return this.findBySlug(ctx, Topical, slug);
  }

  brands(ctx: RequestContext): Promise<Brand[]> {
    return this.listAll(ctx, Brand);
  }

  brandBySlug(ctx: RequestContext, slug: string): Promise<Brand | null> {
    return this.findBySlug(ctx, Brand, slug);
  }

  private listAll<E extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<E>): Promise<E[]> {
    return this.dataSource.getRepository(entity).createQueryBuilder('entry').where(visibleTo(ctx.viewer, 'entry')).orderBy('entry.name').getMany();
  }

  private findBySlug<E extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<E>, slug: string): Promise<E | null> {
    return this.dataSource
      .getRepository(entity)
      .createQueryBuilder('entry')
      .where('entry.slug = :slug', { slug })
      .andWhere(visibleTo(ctx.viewer, 'entry'))
      .getOne();
  }
}
