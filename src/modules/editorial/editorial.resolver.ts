import { Args, Authorized, ClassType, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Permission } from '../../core/roles';
import { AuditLogEntry, PublicationSchedule, Revision } from '../../entities';
import { GraphQLContext } from '../../graphql/context';
import { ConnectionType, Page } from '../../graphql/pagination';
import { ContentType } from './content-type';
import {
  AuditLogArgs,
  EditorialEntriesArgs,
  EntryArgs,
  ValidateCompatibilityRuleArgs,
  PublicationArgs,
  RestoreRevisionArgs,
  ScheduleArgs,
  TrashArgs,
} from './editorial.args';
import { CONTENT_DESCRIPTORS } from './content-types';
import { createArgs, updateArgs } from './editorial.inputs';
import { PublicationResult } from './editorial-workflow';
import { AuditLogEntryView, EditorialEntry, InputProblem, PublicationOutcome, RevisionView, ScheduledPublication } from './editorial.types';
import { EntryState } from './entries';

export function toEntry({ type, entity, key, draft }: EntryState): EditorialEntry {
  return {
    type,
    id: entity.id,
    key,
    status: entity.status,
    version: entity.version,
    publishedAt: entity.publishedAt,
    deletedAt: entity.deletedAt,
    lastEditedBy: entity.lastEditedById,
    hasPendingDraft: entity.pendingDraft !== null,
    draft,
  };
}

function toSchedule(schedule: PublicationSchedule): ScheduledPublication {
  return {
    id: schedule.id,
    type: schedule.entityType as ContentType,
    entryId: schedule.entityId,
    action: schedule.action,
    runAt: schedule.runAt,
    expectedVersion: schedule.expectedVersion,
    requestedBy: schedule.requestedById,
  };
}

function toOutcome(result: PublicationResult): PublicationOutcome {
  return result.kind === 'applied' ? { entry: toEntry(result.entry), scheduled: null } : { entry: null, scheduled: toSchedule(result.schedule) };
}

function toRevision(revision: Revision): RevisionView {
  return { ...revision, type: revision.entityType as ContentType, entryId: revision.entityId };
}

/** `create<Name>(input)` and `update<Name>(id, expectedVersion, input)` for one content type. */
function contentMutations<I extends object>(type: ContentType, name: string, inputClass: ClassType<I>) {
  const CreateArgs = createArgs(inputClass);
  const UpdateArgs = updateArgs(inputClass);

  @Resolver()
  class ContentMutations {
    @Authorized(Permission.EDIT_CONTENT)
    @Mutation(() => EditorialEntry, { name: `create${name}`, description: `Creates a ${name} as a draft.` })
    async create(@Args(() => CreateArgs) { input }: InstanceType<typeof CreateArgs>, @Ctx() ctx: GraphQLContext): Promise<EditorialEntry> {
      return toEntry(await ctx.services.editorial.create(ctx, type, input));
    }

    @Authorized(Permission.EDIT_CONTENT)
    @Mutation(() => EditorialEntry, {
      name: `update${name}`,
      description: `Replaces a ${name}'s content. A draft changes at once; a published one keeps a pending draft until it is published again.`,
    })
    async update(
      @Args(() => UpdateArgs) { id, expectedVersion, input }: InstanceType<typeof UpdateArgs>,
      @Ctx() ctx: GraphQLContext,
    ): Promise<EditorialEntry> {
      return toEntry(await ctx.services.editorial.update(ctx, type, id, expectedVersion, input));
    }
  }
  return ContentMutations;
}

export const CONTENT_MUTATION_RESOLVERS = Object.values(CONTENT_DESCRIPTORS).map((d) => contentMutations(d.type, d.typeName, d.inputClass));

@ObjectType({ simpleResolvers: true })
export class EditorialEntryConnection extends ConnectionType(EditorialEntry, 'EditorialEntry') {}

@ObjectType({ simpleResolvers: true })
export class AuditLogConnection extends ConnectionType(AuditLogEntryView, 'AuditLogEntry') {}

@Resolver()
export class EditorialResolver {
  @Authorized(Permission.PREVIEW)
  @Query(() => EditorialEntry, { description: 'An entry as editors see it, drafts and trash included.' })
  async editorialEntry(@Args() { type, id }: EntryArgs, @Ctx() ctx: GraphQLContext): Promise<EditorialEntry> {
    return toEntry(await ctx.services.editorial.entry(ctx, type, id));
  }

  @Authorized(Permission.PREVIEW)
  @Query(() => EditorialEntryConnection, {
    description: 'Entries of one type as editors see them (drafts and pending drafts included; the trash with filter.trashed), in key order.',
  })
  async editorialEntries(@Args() { type, filter, ...window }: EditorialEntriesArgs, @Ctx() ctx: GraphQLContext): Promise<Page<EditorialEntry>> {
    const page = await ctx.services.editorial.list(ctx, type, filter ?? {}, window);
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toEntry(node) })) };
  }

  @Authorized(Permission.EDIT_CONTENT)
  @Query(() => [InputProblem], {
    description:
      "What saving this compatibility rule would refuse, without saving it: the engine's checks of its kind, parameters and topicals by role, unknown topicals or citations, a code in use. Empty: the save would be accepted.",
  })
  validateCompatibilityRule(@Args() { input, id }: ValidateCompatibilityRuleArgs, @Ctx() ctx: GraphQLContext): Promise<InputProblem[]> {
    return ctx.services.editorial.validate(ctx, ContentType.COMPATIBILITY_RULE, input, id ?? null);
  }

  @Authorized(Permission.PREVIEW)
  @Query(() => [EditorialEntry], { description: 'Entries of a type in the trash, most recently deleted first.' })
  async trash(@Args() { type }: TrashArgs, @Ctx() ctx: GraphQLContext): Promise<EditorialEntry[]> {
    return (await ctx.services.editorial.trashed(ctx, type)).map(toEntry);
  }

  @Authorized(Permission.PREVIEW)
  @Query(() => [RevisionView], { description: "An entry's stored changes, newest first." })
  async revisions(@Args() { type, id }: EntryArgs, @Ctx() ctx: GraphQLContext): Promise<RevisionView[]> {
    return (await ctx.services.editorial.revisions(ctx, type, id)).map(toRevision);
  }

  @Authorized(Permission.PREVIEW)
  @Query(() => [ScheduledPublication], { description: 'Publications waiting for their time, soonest first.' })
  async scheduledPublications(@Ctx() ctx: GraphQLContext): Promise<ScheduledPublication[]> {
    return (await ctx.services.editorial.scheduled(ctx)).map(toSchedule);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => AuditLogConnection, { description: 'Every recorded mutation, newest first.' })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: GraphQLContext): Promise<Page<AuditLogEntry>> {
    return ctx.services.auditLog.entries(ctx, args);
  }

  // Any signed-in user: the editorial service decides by type (sign-off or not), as for the mutations below.
  @Authorized()
  @Mutation(() => PublicationOutcome, {
    description:
      'Publishes an entry (applying its pending draft), now or at `at`. Clinical knowledge (rules, topicals, treatments, scar types, citations) needs a reviewer (APPROVE_RULES) who is not its last editor.',
  })
  async publishEntry(@Args() { type, id, expectedVersion, at }: PublicationArgs, @Ctx() ctx: GraphQLContext): Promise<PublicationOutcome> {
    return toOutcome(await ctx.services.editorial.publish(ctx, type, id, expectedVersion, at ? new Date(at) : null));
  }

  @Authorized()
  @Mutation(() => PublicationOutcome, {
    description: 'Takes an entry off the storefront (back to draft), now or at `at`. Clinical knowledge needs a reviewer (APPROVE_RULES).',
  })
  async unpublishEntry(@Args() { type, id, expectedVersion, at }: PublicationArgs, @Ctx() ctx: GraphQLContext): Promise<PublicationOutcome> {
    return toOutcome(await ctx.services.editorial.unpublish(ctx, type, id, expectedVersion, at ? new Date(at) : null));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Cancels a scheduled publication that has not run yet (same permission as the change).' })
  cancelScheduledPublication(@Args() { id }: ScheduleArgs, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.editorial.cancelSchedule(ctx, id);
  }

  @Authorized()
  @Mutation(() => EditorialEntry, {
    description:
      'Moves an entry to the trash; refused while other entries still use it. Published clinical knowledge needs a reviewer (APPROVE_RULES).',
  })
  async deleteEntry(@Args() { type, id }: EntryArgs, @Ctx() ctx: GraphQLContext): Promise<EditorialEntry> {
    return toEntry(await ctx.services.editorial.trash(ctx, type, id));
  }

  @Authorized()
  @Mutation(() => EditorialEntry, {
    description:
      'Brings an entry back from the trash as it was (drafts stay drafts). A published one is live again: clinical knowledge needs a reviewer (APPROVE_RULES), and ENTRY_RESTORED is sent.',
  })
  async restoreEntry(@Args() { type, id }: EntryArgs, @Ctx() ctx: GraphQLContext): Promise<EditorialEntry> {
    return toEntry(await ctx.services.editorial.restoreFromTrash(ctx, type, id));
  }

  @Authorized(Permission.PURGE)
  @Mutation(() => Boolean, { description: 'Deletes a trashed entry for good.' })
  purgeEntry(@Args() { type, id }: EntryArgs, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.editorial.purge(ctx, type, id);
  }

  @Authorized(Permission.EDIT_CONTENT)
  @Mutation(() => EditorialEntry, {
    description:
      "Makes a stored revision the entry's content again (itself a new revision). On a published entry it waits as a pending draft, like an edit.",
  })
  async restoreRevision(@Args() { revisionId, expectedVersion }: RestoreRevisionArgs, @Ctx() ctx: GraphQLContext): Promise<EditorialEntry> {
    return toEntry(await ctx.services.editorial.restoreRevision(ctx, revisionId, expectedVersion));
  }
}
