// What reviewers need beyond the editorial mutations: the queue of changes waiting for their
// sign-off, and the impact a change would have on representative plans.
import { DataSource } from 'typeorm';
import { UserInputError } from '../../core/errors';
import { RequestContext } from '../../core/request-context';
import { Page } from '../../graphql/pagination';
import { ContentType } from '../editorial/content-type';
import { ImpactPreviewResult, previewImpact } from './impact-preview';
import { ReviewItem, ReviewQueue, SIGN_OFF_TYPES } from './review-queue';
import { ReviewQueueArgs } from './review.args';

export class ReviewService {
  private readonly queue: ReviewQueue;

  constructor(private readonly dataSource: DataSource) {
    this.queue = new ReviewQueue(dataSource);
  }

  reviewQueue(ctx: RequestContext, args: ReviewQueueArgs): Promise<Page<ReviewItem>> {
    const unsigned = (args.types ?? []).filter((type) => !SIGN_OFF_TYPES.some((d) => d.type === type));
    if (unsigned.length > 0) {
      throw UserInputError.forField('types', `${unsigned.join(', ')} need no sign-off: editors publish them, so they never wait in the review queue`);
    }
    return this.queue.page(ctx, args);
  }

  impactPreview(_ctx: RequestContext, type: ContentType, id: string): Promise<ImpactPreviewResult> {
    return previewImpact(this.dataSource, type, id);
  }
}
