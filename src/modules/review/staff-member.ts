// Staff named for other staff: who edited an entry, who made a revision, who is waiting for a
// sign-off. Storefronts never see these (plans name publishers by role only, see knowledge-snapshot.ts).
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RequestContext } from '../../core/request-context';
import { Role } from '../../core/roles';
import { staffName } from '../../entities/user.entity';
import { KNOWLEDGE_IMPORT_ACTOR } from '../editorial/actor';

export enum StaffMemberKind {
  /** A staff account. */
  STAFF = 'STAFF',
  /** The knowledge import: shipped knowledge, reviewed in the repository. Nobody signs in as it. */
  KNOWLEDGE_IMPORT = 'KNOWLEDGE_IMPORT',
  /** An account that no longer exists. */
  FORMER_STAFF = 'FORMER_STAFF',
}

registerEnumType(StaffMemberKind, {
  name: 'StaffMemberKind',
  description: 'Who made a change: a staff account, the knowledge import, or a deleted account.',
});

@ObjectType({ simpleResolvers: true, description: 'Who made a change, named for other staff.' })
export class StaffMember {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The display name, or the email\'s local part; "knowledge import" for the import.' })
  name!: string;

  @Field(() => Role, { nullable: true, description: 'Null for the knowledge import and for former staff.' })
  role!: Role | null;

  @Field(() => StaffMemberKind)
  kind!: StaffMemberKind;
}

const KNOWLEDGE_IMPORT_MEMBER: StaffMember = {
  id: KNOWLEDGE_IMPORT_ACTOR.id,
  name: 'knowledge import',
  role: null,
  kind: StaffMemberKind.KNOWLEDGE_IMPORT,
};

/** The staff member behind `id` (batched per request); null when there is none (the demo catalog's rows). */
export async function staffMember(ctx: RequestContext, id: string | null): Promise<StaffMember | null> {
  if (id === null) return null;
  if (id === KNOWLEDGE_IMPORT_ACTOR.id) return KNOWLEDGE_IMPORT_MEMBER;
  const user = await ctx.loaders.staffUserById.load(id);
  if (!user) return { id, name: 'former staff member', role: null, kind: StaffMemberKind.FORMER_STAFF };
  return { id, name: staffName(user), role: user.role, kind: StaffMemberKind.STAFF };
}
