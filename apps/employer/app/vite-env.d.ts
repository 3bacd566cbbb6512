/// <reference types="@remix-run/node" />
/// <reference types="vite/client" />

// Loaders return plain objects under single fetch; this makes useLoaderData's types match.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
