import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../core/roles';
import { User } from '../../entities/user.entity';
import { GraphQLContext } from '../../graphql/context';
import { CreateUserArgs, LoginArgs, RefreshTokenArgs, UpdateUserArgs } from './auth.inputs';
import { AuthPayload } from './auth.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Signs a staff user in. Wrong email and wrong password get the same UNAUTHENTICATED error; repeated ' +
      'failures for one account or one client address get TOO_MANY_REQUESTS with retryAfterSeconds.',
  })
  login(@Args() { input }: LoginArgs, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return ctx.services.auth.login(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for a new pair; the old one is revoked. Reusing a revoked one ends the session.',
  })
  refreshSession(@Args() { refreshToken }: RefreshTokenArgs, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return ctx.services.auth.refreshSession(ctx, refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token (its access tokens stop working too).' })
  logout(@Args() { refreshToken }: RefreshTokenArgs, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.auth.logout(ctx, refreshToken);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.me(ctx);
  }
}

@Resolver()
export class UserAdminResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => [User], { description: 'Every staff account, by email (ADMIN).' })
  users(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.services.users.users(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => User, { description: 'Creates a staff account (ADMIN).' })
  createUser(@Args() { input }: CreateUserArgs, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.createUser(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => User, { description: 'Changes a staff account’s role or disables it (ADMIN). One enabled ADMIN always remains.' })
  updateUser(@Args() { id, input }: UpdateUserArgs, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.updateUser(ctx, id, input);
  }
}
