/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ConsoleRefreshSessionDocument,
    "\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  fragment ContentEntryFields on EditorialEntry {\n    id\n    type\n    key\n    status\n    version\n    hasPendingDraft\n    draft\n    publishedAt\n    deletedAt\n  }\n": typeof types.ContentEntryFieldsFragmentDoc,
    "\n  query ContentEntries($type: ContentType!, $filter: EditorialEntryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    editorialEntries(type: $type, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ContentEntryFields\n        }\n      }\n    }\n  }\n": typeof types.ContentEntriesDocument,
    "\n  query ContentEntry($type: ContentType!, $id: ID!) {\n    editorialEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n": typeof types.ContentEntryDocument,
    "\n  query ContentScheduled {\n    scheduledPublications {\n      id\n      type\n      entryId\n      action\n      runAt\n    }\n  }\n": typeof types.ContentScheduledDocument,
    "\n  query ContentRevisions($type: ContentType!, $id: ID!) {\n    revisions(type: $type, id: $id) {\n      id\n      action\n      version\n      status\n      createdAt\n      changedFields\n      snapshot\n      actor {\n        name\n      }\n    }\n  }\n": typeof types.ContentRevisionsDocument,
    "\n  query ContentValidateRule($input: CompatibilityRuleInput!, $id: ID) {\n    validateCompatibilityRule(input: $input, id: $id) {\n      field\n      message\n    }\n  }\n": typeof types.ContentValidateRuleDocument,
    "\n  mutation ContentPublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n": typeof types.ContentPublishDocument,
    "\n  mutation ContentUnpublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    unpublishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n": typeof types.ContentUnpublishDocument,
    "\n  mutation ContentCancelSchedule($id: ID!) {\n    cancelScheduledPublication(id: $id)\n  }\n": typeof types.ContentCancelScheduleDocument,
    "\n  mutation ContentTrash($type: ContentType!, $id: ID!) {\n    deleteEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n": typeof types.ContentTrashDocument,
    "\n  mutation ContentRestore($type: ContentType!, $id: ID!) {\n    restoreEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n": typeof types.ContentRestoreDocument,
    "\n  mutation ContentRestoreRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      ...ContentEntryFields\n    }\n  }\n": typeof types.ContentRestoreRevisionDocument,
    "\n    mutation ContentCreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateArticleDocument,
    "\n    mutation ContentCreateBrand($input: BrandInput!) {\n      createBrand(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateBrandDocument,
    "\n    mutation ContentCreateCitation($input: CitationInput!) {\n      createCitation(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateCitationDocument,
    "\n    mutation ContentCreateRule($input: CompatibilityRuleInput!) {\n      createCompatibilityRule(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateRuleDocument,
    "\n    mutation ContentCreateProduct($input: ProductInput!) {\n      createProduct(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateProductDocument,
    "\n    mutation ContentCreateScarType($input: ScarTypeInput!) {\n      createScarType(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateScarTypeDocument,
    "\n    mutation ContentCreateTopical($input: TopicalInput!) {\n      createTopical(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateTopicalDocument,
    "\n    mutation ContentCreateTreatment($input: TreatmentInput!) {\n      createTreatment(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentCreateTreatmentDocument,
    "\n    mutation ContentUpdateArticle($id: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n      updateArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateArticleDocument,
    "\n    mutation ContentUpdateBrand($id: ID!, $expectedVersion: Int!, $input: BrandInput!) {\n      updateBrand(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateBrandDocument,
    "\n    mutation ContentUpdateCitation($id: ID!, $expectedVersion: Int!, $input: CitationInput!) {\n      updateCitation(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateCitationDocument,
    "\n    mutation ContentUpdateRule($id: ID!, $expectedVersion: Int!, $input: CompatibilityRuleInput!) {\n      updateCompatibilityRule(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateRuleDocument,
    "\n    mutation ContentUpdateProduct($id: ID!, $expectedVersion: Int!, $input: ProductInput!) {\n      updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateProductDocument,
    "\n    mutation ContentUpdateScarType($id: ID!, $expectedVersion: Int!, $input: ScarTypeInput!) {\n      updateScarType(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateScarTypeDocument,
    "\n    mutation ContentUpdateTopical($id: ID!, $expectedVersion: Int!, $input: TopicalInput!) {\n      updateTopical(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateTopicalDocument,
    "\n    mutation ContentUpdateTreatment($id: ID!, $expectedVersion: Int!, $input: TreatmentInput!) {\n      updateTreatment(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": typeof types.ContentUpdateTreatmentDocument,
    "\n  query AdminPartnerApps {\n    partnerApps {\n      id\n      name\n      scopes\n      disabled\n      costBudget\n      maxQueryCost\n      createdAt\n      keys {\n        id\n        prefix\n        status\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.AdminPartnerAppsDocument,
    "\n  mutation AdminCreatePartnerApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCreatePartnerAppDocument,
    "\n  mutation AdminRotatePartnerKey($appId: ID!) {\n    rotatePartnerKey(appId: $appId) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminRotatePartnerKeyDocument,
    "\n  mutation AdminRevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.AdminRevokePartnerKeyDocument,
    "\n  mutation AdminUpdatePartnerApp($id: ID!, $input: UpdatePartnerAppInput!) {\n    updatePartnerApp(id: $id, input: $input) {\n      id\n      disabled\n    }\n  }\n": typeof types.AdminUpdatePartnerAppDocument,
    "\n  query AdminStaffUsers {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n": typeof types.AdminStaffUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      description\n      active\n      createdAt\n    }\n  }\n": typeof types.AdminWebhookEndpointsDocument,
    "\n  query AdminWebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String, $last: Int, $before: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          eventId\n          body\n          attempts {\n            attemptedAt\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": typeof types.AdminCreateWebhookEndpointDocument,
    "\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      events\n      description\n      active\n    }\n  }\n": typeof types.AdminUpdateWebhookEndpointDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": typeof types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.AdminDeleteWebhookEndpointDocument,
    "\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminRedeliverWebhookDocument,
    "\n  query AuditLogEntries($filter: AuditLogFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          actorId\n          actorEmail\n          action\n          entityType\n          entityId\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.AuditLogEntriesDocument,
    "\n  query AuditLogStaff {\n    users {\n      id\n      email\n    }\n  }\n": typeof types.AuditLogStaffDocument,
    "\n  query PlaygroundOptions {\n    treatments {\n      slug\n      name\n      needleDepthMinMm\n      needleDepthMaxMm\n    }\n    topicals {\n      slug\n      name\n    }\n    conditions: __type(name: \"SkinCondition\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    medications: __type(name: \"MedicationKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n": typeof types.PlaygroundOptionsDocument,
    "\n  query PlaygroundPlan($input: RegimenInput!) {\n    recommendRegimen(input: $input) {\n      eligibility\n      warnings {\n        code\n        severity\n        message\n        rule {\n          code\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      holds {\n        topical {\n          slug\n          name\n        }\n        from\n        until\n        reason\n        rule {\n          code\n          title\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      days {\n        date\n        daysSinceSession\n        am {\n          topical {\n            slug\n            name\n          }\n        }\n        pm {\n          topical {\n            slug\n            name\n          }\n        }\n        avoid {\n          activity\n          level\n        }\n      }\n    }\n  }\n": typeof types.PlaygroundPlanDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n": typeof types.ReviewImpactPreviewDocument,
    "\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.ReviewSignOffDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ConsoleRefreshSessionDocument,
    "\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.ConsoleLogoutDocument,
    "\n  fragment ContentEntryFields on EditorialEntry {\n    id\n    type\n    key\n    status\n    version\n    hasPendingDraft\n    draft\n    publishedAt\n    deletedAt\n  }\n": types.ContentEntryFieldsFragmentDoc,
    "\n  query ContentEntries($type: ContentType!, $filter: EditorialEntryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    editorialEntries(type: $type, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ContentEntryFields\n        }\n      }\n    }\n  }\n": types.ContentEntriesDocument,
    "\n  query ContentEntry($type: ContentType!, $id: ID!) {\n    editorialEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n": types.ContentEntryDocument,
    "\n  query ContentScheduled {\n    scheduledPublications {\n      id\n      type\n      entryId\n      action\n      runAt\n    }\n  }\n": types.ContentScheduledDocument,
    "\n  query ContentRevisions($type: ContentType!, $id: ID!) {\n    revisions(type: $type, id: $id) {\n      id\n      action\n      version\n      status\n      createdAt\n      changedFields\n      snapshot\n      actor {\n        name\n      }\n    }\n  }\n": types.ContentRevisionsDocument,
    "\n  query ContentValidateRule($input: CompatibilityRuleInput!, $id: ID) {\n    validateCompatibilityRule(input: $input, id: $id) {\n      field\n      message\n    }\n  }\n": types.ContentValidateRuleDocument,
    "\n  mutation ContentPublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n": types.ContentPublishDocument,
    "\n  mutation ContentUnpublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    unpublishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n": types.ContentUnpublishDocument,
    "\n  mutation ContentCancelSchedule($id: ID!) {\n    cancelScheduledPublication(id: $id)\n  }\n": types.ContentCancelScheduleDocument,
    "\n  mutation ContentTrash($type: ContentType!, $id: ID!) {\n    deleteEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n": types.ContentTrashDocument,
    "\n  mutation ContentRestore($type: ContentType!, $id: ID!) {\n    restoreEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n": types.ContentRestoreDocument,
    "\n  mutation ContentRestoreRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      ...ContentEntryFields\n    }\n  }\n": types.ContentRestoreRevisionDocument,
    "\n    mutation ContentCreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateArticleDocument,
    "\n    mutation ContentCreateBrand($input: BrandInput!) {\n      createBrand(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateBrandDocument,
    "\n    mutation ContentCreateCitation($input: CitationInput!) {\n      createCitation(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateCitationDocument,
    "\n    mutation ContentCreateRule($input: CompatibilityRuleInput!) {\n      createCompatibilityRule(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateRuleDocument,
    "\n    mutation ContentCreateProduct($input: ProductInput!) {\n      createProduct(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateProductDocument,
    "\n    mutation ContentCreateScarType($input: ScarTypeInput!) {\n      createScarType(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateScarTypeDocument,
    "\n    mutation ContentCreateTopical($input: TopicalInput!) {\n      createTopical(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateTopicalDocument,
    "\n    mutation ContentCreateTreatment($input: TreatmentInput!) {\n      createTreatment(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentCreateTreatmentDocument,
    "\n    mutation ContentUpdateArticle($id: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n      updateArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateArticleDocument,
    "\n    mutation ContentUpdateBrand($id: ID!, $expectedVersion: Int!, $input: BrandInput!) {\n      updateBrand(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateBrandDocument,
    "\n    mutation ContentUpdateCitation($id: ID!, $expectedVersion: Int!, $input: CitationInput!) {\n      updateCitation(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateCitationDocument,
    "\n    mutation ContentUpdateRule($id: ID!, $expectedVersion: Int!, $input: CompatibilityRuleInput!) {\n      updateCompatibilityRule(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateRuleDocument,
    "\n    mutation ContentUpdateProduct($id: ID!, $expectedVersion: Int!, $input: ProductInput!) {\n      updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateProductDocument,
    "\n    mutation ContentUpdateScarType($id: ID!, $expectedVersion: Int!, $input: ScarTypeInput!) {\n      updateScarType(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateScarTypeDocument,
    "\n    mutation ContentUpdateTopical($id: ID!, $expectedVersion: Int!, $input: TopicalInput!) {\n      updateTopical(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateTopicalDocument,
    "\n    mutation ContentUpdateTreatment($id: ID!, $expectedVersion: Int!, $input: TreatmentInput!) {\n      updateTreatment(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  ": types.ContentUpdateTreatmentDocument,
    "\n  query AdminPartnerApps {\n    partnerApps {\n      id\n      name\n      scopes\n      disabled\n      costBudget\n      maxQueryCost\n      createdAt\n      keys {\n        id\n        prefix\n        status\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.AdminPartnerAppsDocument,
    "\n  mutation AdminCreatePartnerApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCreatePartnerAppDocument,
    "\n  mutation AdminRotatePartnerKey($appId: ID!) {\n    rotatePartnerKey(appId: $appId) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n": types.AdminRotatePartnerKeyDocument,
    "\n  mutation AdminRevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.AdminRevokePartnerKeyDocument,
    "\n  mutation AdminUpdatePartnerApp($id: ID!, $input: UpdatePartnerAppInput!) {\n    updatePartnerApp(id: $id, input: $input) {\n      id\n      disabled\n    }\n  }\n": types.AdminUpdatePartnerAppDocument,
    "\n  query AdminStaffUsers {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n": types.AdminStaffUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      description\n      active\n      createdAt\n    }\n  }\n": types.AdminWebhookEndpointsDocument,
    "\n  query AdminWebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String, $last: Int, $before: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          eventId\n          body\n          attempts {\n            attemptedAt\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": types.AdminCreateWebhookEndpointDocument,
    "\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      events\n      description\n      active\n    }\n  }\n": types.AdminUpdateWebhookEndpointDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.AdminDeleteWebhookEndpointDocument,
    "\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.AdminRedeliverWebhookDocument,
    "\n  query AuditLogEntries($filter: AuditLogFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          actorId\n          actorEmail\n          action\n          entityType\n          entityId\n          outcome\n        }\n      }\n    }\n  }\n": types.AuditLogEntriesDocument,
    "\n  query AuditLogStaff {\n    users {\n      id\n      email\n    }\n  }\n": types.AuditLogStaffDocument,
    "\n  query PlaygroundOptions {\n    treatments {\n      slug\n      name\n      needleDepthMinMm\n      needleDepthMaxMm\n    }\n    topicals {\n      slug\n      name\n    }\n    conditions: __type(name: \"SkinCondition\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    medications: __type(name: \"MedicationKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n": types.PlaygroundOptionsDocument,
    "\n  query PlaygroundPlan($input: RegimenInput!) {\n    recommendRegimen(input: $input) {\n      eligibility\n      warnings {\n        code\n        severity\n        message\n        rule {\n          code\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      holds {\n        topical {\n          slug\n          name\n        }\n        from\n        until\n        reason\n        rule {\n          code\n          title\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      days {\n        date\n        daysSinceSession\n        am {\n          topical {\n            slug\n            name\n          }\n        }\n        pm {\n          topical {\n            slug\n            name\n          }\n        }\n        avoid {\n          activity\n          level\n        }\n      }\n    }\n  }\n": types.PlaygroundPlanDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n": types.ReviewImpactPreviewDocument,
    "\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.ReviewSignOffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentEntryFields on EditorialEntry {\n    id\n    type\n    key\n    status\n    version\n    hasPendingDraft\n    draft\n    publishedAt\n    deletedAt\n  }\n"): (typeof documents)["\n  fragment ContentEntryFields on EditorialEntry {\n    id\n    type\n    key\n    status\n    version\n    hasPendingDraft\n    draft\n    publishedAt\n    deletedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentEntries($type: ContentType!, $filter: EditorialEntryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    editorialEntries(type: $type, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ContentEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentEntries($type: ContentType!, $filter: EditorialEntryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    editorialEntries(type: $type, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ContentEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentEntry($type: ContentType!, $id: ID!) {\n    editorialEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n"): (typeof documents)["\n  query ContentEntry($type: ContentType!, $id: ID!) {\n    editorialEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentScheduled {\n    scheduledPublications {\n      id\n      type\n      entryId\n      action\n      runAt\n    }\n  }\n"): (typeof documents)["\n  query ContentScheduled {\n    scheduledPublications {\n      id\n      type\n      entryId\n      action\n      runAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentRevisions($type: ContentType!, $id: ID!) {\n    revisions(type: $type, id: $id) {\n      id\n      action\n      version\n      status\n      createdAt\n      changedFields\n      snapshot\n      actor {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentRevisions($type: ContentType!, $id: ID!) {\n    revisions(type: $type, id: $id) {\n      id\n      action\n      version\n      status\n      createdAt\n      changedFields\n      snapshot\n      actor {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentValidateRule($input: CompatibilityRuleInput!, $id: ID) {\n    validateCompatibilityRule(input: $input, id: $id) {\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  query ContentValidateRule($input: CompatibilityRuleInput!, $id: ID) {\n    validateCompatibilityRule(input: $input, id: $id) {\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentPublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContentPublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentUnpublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    unpublishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContentUnpublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {\n    unpublishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {\n      entry {\n        ...ContentEntryFields\n      }\n      scheduled {\n        id\n        runAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentCancelSchedule($id: ID!) {\n    cancelScheduledPublication(id: $id)\n  }\n"): (typeof documents)["\n  mutation ContentCancelSchedule($id: ID!) {\n    cancelScheduledPublication(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentTrash($type: ContentType!, $id: ID!) {\n    deleteEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContentTrash($type: ContentType!, $id: ID!) {\n    deleteEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRestore($type: ContentType!, $id: ID!) {\n    restoreEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContentRestore($type: ContentType!, $id: ID!) {\n    restoreEntry(type: $type, id: $id) {\n      ...ContentEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRestoreRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      ...ContentEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContentRestoreRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      ...ContentEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateBrand($input: BrandInput!) {\n      createBrand(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateBrand($input: BrandInput!) {\n      createBrand(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateCitation($input: CitationInput!) {\n      createCitation(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateCitation($input: CitationInput!) {\n      createCitation(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateRule($input: CompatibilityRuleInput!) {\n      createCompatibilityRule(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateRule($input: CompatibilityRuleInput!) {\n      createCompatibilityRule(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateProduct($input: ProductInput!) {\n      createProduct(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateProduct($input: ProductInput!) {\n      createProduct(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateScarType($input: ScarTypeInput!) {\n      createScarType(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateScarType($input: ScarTypeInput!) {\n      createScarType(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateTopical($input: TopicalInput!) {\n      createTopical(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateTopical($input: TopicalInput!) {\n      createTopical(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentCreateTreatment($input: TreatmentInput!) {\n      createTreatment(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentCreateTreatment($input: TreatmentInput!) {\n      createTreatment(input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateArticle($id: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n      updateArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateArticle($id: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n      updateArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateBrand($id: ID!, $expectedVersion: Int!, $input: BrandInput!) {\n      updateBrand(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateBrand($id: ID!, $expectedVersion: Int!, $input: BrandInput!) {\n      updateBrand(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateCitation($id: ID!, $expectedVersion: Int!, $input: CitationInput!) {\n      updateCitation(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateCitation($id: ID!, $expectedVersion: Int!, $input: CitationInput!) {\n      updateCitation(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateRule($id: ID!, $expectedVersion: Int!, $input: CompatibilityRuleInput!) {\n      updateCompatibilityRule(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateRule($id: ID!, $expectedVersion: Int!, $input: CompatibilityRuleInput!) {\n      updateCompatibilityRule(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateProduct($id: ID!, $expectedVersion: Int!, $input: ProductInput!) {\n      updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateProduct($id: ID!, $expectedVersion: Int!, $input: ProductInput!) {\n      updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateScarType($id: ID!, $expectedVersion: Int!, $input: ScarTypeInput!) {\n      updateScarType(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateScarType($id: ID!, $expectedVersion: Int!, $input: ScarTypeInput!) {\n      updateScarType(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateTopical($id: ID!, $expectedVersion: Int!, $input: TopicalInput!) {\n      updateTopical(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateTopical($id: ID!, $expectedVersion: Int!, $input: TopicalInput!) {\n      updateTopical(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ContentUpdateTreatment($id: ID!, $expectedVersion: Int!, $input: TreatmentInput!) {\n      updateTreatment(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ContentUpdateTreatment($id: ID!, $expectedVersion: Int!, $input: TreatmentInput!) {\n      updateTreatment(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        ...ContentEntryFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPartnerApps {\n    partnerApps {\n      id\n      name\n      scopes\n      disabled\n      costBudget\n      maxQueryCost\n      createdAt\n      keys {\n        id\n        prefix\n        status\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPartnerApps {\n    partnerApps {\n      id\n      name\n      scopes\n      disabled\n      costBudget\n      maxQueryCost\n      createdAt\n      keys {\n        id\n        prefix\n        status\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePartnerApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreatePartnerApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotatePartnerKey($appId: ID!) {\n    rotatePartnerKey(appId: $appId) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotatePartnerKey($appId: ID!) {\n    rotatePartnerKey(appId: $appId) {\n      apiKey\n      app {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePartnerApp($id: ID!, $input: UpdatePartnerAppInput!) {\n    updatePartnerApp(id: $id, input: $input) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdatePartnerApp($id: ID!, $input: UpdatePartnerAppInput!) {\n    updatePartnerApp(id: $id, input: $input) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaffUsers {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminStaffUsers {\n    users {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      lastLoginAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      description\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      description\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String, $last: Int, $before: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          eventId\n          body\n          attempts {\n            attemptedAt\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String, $last: Int, $before: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          endpointId\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n          deliveredAt\n          nextAttemptAt\n          eventId\n          body\n          attempts {\n            attemptedAt\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      events\n      description\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      events\n      description\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogEntries($filter: AuditLogFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          actorId\n          actorEmail\n          action\n          entityType\n          entityId\n          outcome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogEntries($filter: AuditLogFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          actorId\n          actorEmail\n          action\n          entityType\n          entityId\n          outcome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogStaff {\n    users {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query AuditLogStaff {\n    users {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundOptions {\n    treatments {\n      slug\n      name\n      needleDepthMinMm\n      needleDepthMaxMm\n    }\n    topicals {\n      slug\n      name\n    }\n    conditions: __type(name: \"SkinCondition\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    medications: __type(name: \"MedicationKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaygroundOptions {\n    treatments {\n      slug\n      name\n      needleDepthMinMm\n      needleDepthMaxMm\n    }\n    topicals {\n      slug\n      name\n    }\n    conditions: __type(name: \"SkinCondition\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    medications: __type(name: \"MedicationKind\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundPlan($input: RegimenInput!) {\n    recommendRegimen(input: $input) {\n      eligibility\n      warnings {\n        code\n        severity\n        message\n        rule {\n          code\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      holds {\n        topical {\n          slug\n          name\n        }\n        from\n        until\n        reason\n        rule {\n          code\n          title\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      days {\n        date\n        daysSinceSession\n        am {\n          topical {\n            slug\n            name\n          }\n        }\n        pm {\n          topical {\n            slug\n            name\n          }\n        }\n        avoid {\n          activity\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaygroundPlan($input: RegimenInput!) {\n    recommendRegimen(input: $input) {\n      eligibility\n      warnings {\n        code\n        severity\n        message\n        rule {\n          code\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      holds {\n        topical {\n          slug\n          name\n        }\n        from\n        until\n        reason\n        rule {\n          code\n          title\n          citations {\n            key\n            title\n            source\n            url\n          }\n        }\n      }\n      days {\n        date\n        daysSinceSession\n        am {\n          topical {\n            slug\n            name\n          }\n        }\n        pm {\n          topical {\n            slug\n            name\n          }\n        }\n        avoid {\n          activity\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;