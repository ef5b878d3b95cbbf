// Partner apps for tests, created through the API as an admin would.
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from './auth';
import { TestApp } from './test-app';

export const CREATE_PARTNER_APP = `mutation($input: CreatePartnerAppInput!) {
  createPartnerApp(input: $input) { apiKey key { id prefix status expiresAt } app { id name scopes costBudget maxQueryCost } }
}`;

export interface CreatedPartner {
  /** Shown once, at creation. */
  apiKey: string;
  key: { id: string; prefix: string; status: string; expiresAt: string | null };
  app: { id: string; name: string; scopes: string[]; costBudget: number | null; maxQueryCost: number | null };
}

let counter = 0;

/**
 * Creates a partner app (CATALOG_READ and a unique name unless `input` says otherwise) as `admin`,
 * or as a fresh admin signed in for it; fails the test on any error.
 */
export async function createPartner(app: TestApp, input: Record<string, unknown> = {}, admin?: SignedIn): Promise<CreatedPartner> {
  const headers = (admin ?? (await signInAs(app, Role.ADMIN))).headers;
  const response = await app.graphql(
    CREATE_PARTNER_APP,
    { input: { name: `Partner ${(counter += 1)}`, scopes: ['CATALOG_READ'], ...input } },
    headers,
  );
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data!.createPartnerApp;
}

/** The key in `Authorization: Bearer`. */
export const bearer = (apiKey: string): Record<string, string> => ({ authorization: `Bearer ${apiKey}` });
