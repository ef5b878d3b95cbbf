import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerApp } from '../../entities/partner-app.entity';
import { PartnerKey } from '../../entities/partner-key.entity';

export enum PartnerKeyStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(PartnerKeyStatus, { name: 'PartnerKeyStatus', description: 'Whether a partner key is accepted now.' });

@ObjectType({ simpleResolvers: true, description: 'A newly issued key: apiKey is shown this once and cannot be retrieved later.' })
export class IssuedPartnerKey {
  @Field({ description: 'Send as `Authorization: Bearer <apiKey>` or `x-api-key: <apiKey>`. Store it as a secret.' })
  apiKey!: string;

  @Field(() => PartnerKey)
  key!: PartnerKey;

  @Field(() => PartnerApp)
  app!: PartnerApp;
}
