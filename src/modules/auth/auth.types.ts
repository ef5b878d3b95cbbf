import { Field, ObjectType } from 'type-graphql';
import { User } from '../../entities/user.entity';

@ObjectType({ simpleResolvers: true, description: 'A signed-in session: send `Authorization: Bearer <accessToken>`; renew with refreshSession.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT.' })
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single use: refreshSession returns a new one. Keep it secret.' })
  refreshToken!: string;

  @Field(() => Date)
  refreshTokenExpiresAt!: Date;

  @Field()
  tokenType!: 'Bearer';

  @Field(() => User)
  user!: User;
}
