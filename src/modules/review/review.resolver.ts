import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/roles';
import { staffName, User } from '../../entities/user.entity';
import { GraphQLContext } from '../../graphql/context';
import { Page } from '../../graphql/pagination';
import { toEntry } from '../editorial/editorial.resolver';
import { EditorialEntry, RevisionView } from '../editorial/editorial.types';
import { ReviewItem } from './review-queue';
import { ImpactPreviewArgs, ReviewQueueArgs } from './review.args';
import { RegimenImpactPreview, ReviewQueueConnection, ReviewQueueEntry } from './review.types';
import { StaffMember, staffMember } from './staff-member';

/** Query-cost points for the preview: its scenarios, each planned twice by the engine. */
const IMPACT_PREVIEW_COST = 200;

function toQueueEntry(item: ReviewItem): ReviewQueueEntry {
  const { type, entity, key, draftContent, ...rest } = item;
  return { ...rest, draftContent, entry: toEntry({ type, entity, key, draft: draftContent }), lastEditedById: entity.lastEditedById };
}

@Resolver()
export class ReviewResolver {
  @Authorized(Permission.PREVIEW)
  @Query(() => ReviewQueueConnection, {
    description:
      'Clinical knowledge waiting for a reviewer to sign it off (publish it), most recently changed first: editors’ pending changes and ' +
      'new drafts, and the knowledge import’s. Editors may read it; `canSignOff` says whether the viewer may publish each entry.',
  })
  async reviewQueue(@Args() args: ReviewQueueArgs, @Ctx() ctx: GraphQLContext): Promise<Page<ReviewQueueEntry>> {
    const page = await ctx.services.review.reviewQueue(ctx, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toQueueEntry(edge.node) })) };
  }

  @Authorized(Permission.PREVIEW)
  @Query(() => RegimenImpactPreview, {
    complexity: IMPACT_PREVIEW_COST,
    description:
      'Representative regimens computed with the published knowledge and with this entry’s pending draft applied (or the entry added, ' +
      'if never published), and what differs. Nothing is written or kept. See docs/api/editors.md for the scenarios.',
  })
  async regimenImpactPreview(@Args() { type, id }: ImpactPreviewArgs, @Ctx() ctx: GraphQLContext): Promise<RegimenImpactPreview> {
    const { entry, ...preview } = await ctx.services.review.impactPreview(ctx, type, id);
    return { ...preview, entry: toEntry(entry) };
  }
}

@Resolver(() => ReviewQueueEntry)
export class ReviewQueueEntryResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who made the change waiting for sign-off.' })
  editedBy(@Root() item: ReviewQueueEntry, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return staffMember(ctx, item.lastEditedById);
  }
}

@Resolver(() => EditorialEntry)
export class EditorialEntryStaffResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who made the last content change (null for the demo catalog).' })
  editedBy(@Root() entry: EditorialEntry, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return staffMember(ctx, entry.lastEditedBy);
  }

  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: 'Who published the live version: for clinical knowledge, the reviewer who signed it off. Null if it was never published.',
  })
  async publishedBy(@Root() entry: EditorialEntry, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return staffMember(ctx, await ctx.loaders.publisherIdByEntryId.load(entry.id));
  }
}

@Resolver(() => RevisionView)
export class RevisionStaffResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who made this change: for a PUBLISH, the reviewer who signed it off.' })
  actor(@Root() revision: RevisionView, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return staffMember(ctx, revision.actorId);
  }
}

@Resolver(() => User)
export class StaffNameResolver {
  @FieldResolver(() => String, { description: "How other staff see the user named: the display name given, or the email's local part." })
  displayName(@Root() user: User): string {
    return staffName(user);
  }
}
