import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/roles';
import { PartnerApp } from '../../entities/partner-app.entity';
import { PartnerKey } from '../../entities/partner-key.entity';
import { GraphQLContext } from '../../graphql/context';
import { CreatePartnerAppArgs, PartnerKeyIdArgs, RotatePartnerKeyArgs, UpdatePartnerAppArgs } from './partner-app.inputs';
import { partnerKeyStatus } from './partner-app.service';
import { IssuedPartnerKey, PartnerKeyStatus } from './partner-app.types';
import { PARTNER_KEY_PREFIX } from './partner-keys';

@Resolver(() => PartnerApp)
export class PartnerAppResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => [PartnerApp], { description: 'Every partner app, by name (ADMIN).' })
  partnerApps(@Ctx() ctx: GraphQLContext): Promise<PartnerApp[]> {
    return ctx.services.partnerApps.apps(ctx);
  }

  @FieldResolver(() => [PartnerKey], { description: 'Its keys, newest first, including revoked and expired ones.' })
  async keys(@Root() app: PartnerApp, @Ctx() ctx: GraphQLContext): Promise<PartnerKey[]> {
    return ctx.services.partnerApps.keysOf([app.id]);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => IssuedPartnerKey, {
    description: 'Creates a partner app and its first key (ADMIN). The key is in the answer only: store it now.',
  })
  createPartnerApp(@Args() { input }: CreatePartnerAppArgs, @Ctx() ctx: GraphQLContext): Promise<IssuedPartnerKey> {
    return ctx.services.partnerApps.createApp(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => PartnerApp, { description: 'Renames a partner app, changes its scopes or limits, or disables it (ADMIN).' })
  updatePartnerApp(@Args() { id, input }: UpdatePartnerAppArgs, @Ctx() ctx: GraphQLContext): Promise<PartnerApp> {
    return ctx.services.partnerApps.updateApp(ctx, id, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => IssuedPartnerKey, {
    description: 'Issues a new key for a partner app (ADMIN); its current keys keep working for the grace period, then expire.',
  })
  rotatePartnerKey(@Args() { appId, gracePeriodSeconds, expiresAt }: RotatePartnerKeyArgs, @Ctx() ctx: GraphQLContext): Promise<IssuedPartnerKey> {
    return ctx.services.partnerApps.rotateKey(ctx, appId, gracePeriodSeconds, expiresAt);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => PartnerKey, { description: 'Revokes a partner key at once (ADMIN).' })
  revokePartnerKey(@Args() { id }: PartnerKeyIdArgs, @Ctx() ctx: GraphQLContext): Promise<PartnerKey> {
    return ctx.services.partnerApps.revokeKey(ctx, id);
  }
}

@Resolver(() => PartnerKey)
export class PartnerKeyResolver {
  @FieldResolver(() => String, { description: 'The public start of the key, `dpk_<key id>`, to recognise it.' })
  prefix(@Root() key: PartnerKey): string {
    return `${PARTNER_KEY_PREFIX}${key.keyId}`;
  }

  @FieldResolver(() => PartnerKeyStatus)
  status(@Root() key: PartnerKey): PartnerKeyStatus {
    return partnerKeyStatus(key);
  }
}
