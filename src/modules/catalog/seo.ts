import { Field, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from '../../graphql/cache-control';

/** Search engines show about this many characters of a description; a fallback is cut to it. */
const DESCRIPTION_LENGTH = 160;

@ObjectType({
  simpleResolvers: true,
  description: "What a page's <title> and meta description say: the editor's, else the entry's name and summary.",
})
@InheritsCacheAge()
export class SeoMeta {
  @Field({ description: 'The meta title, else the name (or title).' })
  title!: string;

  @Field({ description: 'The meta description, else the summary (a product: its description), cut to 160 characters at a word.' })
  description!: string;
}

export function seoOf(entry: { metaTitle: string | null; metaDescription: string | null }, name: string, summary: string): SeoMeta {
  return { title: entry.metaTitle ?? name, description: entry.metaDescription ?? shortened(summary) };
}

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')) || cut;
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}
