import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Role } from '../../core/roles';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-hasher';

export const EMAIL_MAX_LENGTH = 254;
const DISPLAY_NAME_MAX_LENGTH = 80;
/** Refresh tokens are 43 characters; anything much longer is not one. */
const REFRESH_TOKEN_MAX_LENGTH = 200;

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@ArgsType()
export class LoginArgs {
  @Field(() => LoginInput)
  @ValidateNested()
  input!: LoginInput;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field({ description: 'The refresh token from login or the last refreshSession.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REFRESH_TOKEN_MAX_LENGTH)
  refreshToken!: string;
}

@InputType()
export class CreateUserInput {
  @Field({ description: 'Stored lower-cased; must be unused.' })
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Field({ description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: `How other staff see the user named, up to ${DISPLAY_NAME_MAX_LENGTH} characters; left out: the email's local part.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string | null;
}

@ArgsType()
export class CreateUserArgs {
  @Field(() => CreateUserInput)
  @ValidateNested()
  input!: CreateUserInput;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateUserInput {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Disabling ends every session of the user at once.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "How other staff see the user named; an empty string goes back to the email's local part." })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => UpdateUserInput)
  @ValidateNested()
  input!: UpdateUserInput;
}
