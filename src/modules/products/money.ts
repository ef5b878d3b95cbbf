import { Field, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from '../../graphql/cache-control';
import { minorUnitDigits } from '../../domain/currency';
import { CurrencyCodeScalar } from '../../graphql/scalars';

/**
 * An amount of money in the minor unit of its currency (cents for EUR, yen for JPY), so that no
 * rounding happens between the database and the client; formatting is the client's (see
 * docs/api/storefront.md, "Prices").
 */
@ObjectType({ simpleResolvers: true, description: 'An amount in the minor unit of its currency (EUR 12.50 is 1250 EUR). Format it on the client.' })
@InheritsCacheAge()
export class Money {
  @Field(() => Int, { description: 'The amount in minor units of the currency: cents for EUR and USD, yen for JPY.' })
  amountMinor!: number;

  @Field(() => CurrencyCodeScalar)
  currency!: string;

  @Field(() => Int, {
    description:
      'Digits after the decimal point in this currency (2 for EUR, 0 for JPY): amountMinor / 10^minorUnitDigits is the amount in major units.',
  })
  minorUnitDigits!: number;
}

export function moneyOf(amountMinor: number, currency: string): Money {
  return { amountMinor, currency, minorUnitDigits: minorUnitDigits(currency) };
}
