/**
 * What the app server (`@tsunagu/app-kit/server`) knows about a request that the Fetch `Request`
 * does not carry, handed to every loader and action as Remix's load context.
 */
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The TCP peer of the connection: the client, or the reverse proxy in front of us. */
    clientAddress?: string;
    /** A fresh random value per response, allowing this page's own scripts under the CSP. */
    cspNonce?: string;
  }
}

export {};
