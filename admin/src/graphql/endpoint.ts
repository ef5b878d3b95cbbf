/** The API the console talks to: the same origin that served it (in development, Vite's proxy). */
export const GRAPHQL_URL = '/graphql';
