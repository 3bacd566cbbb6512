import { createContext, useContext, type ReactNode } from "react";

const NonceContext = createContext<string | undefined>(undefined);

/**
 * The response's CSP nonce, given by the document handler on the server. In the browser it is
 * undefined (browsers hide nonces from the page), which is fine: only server-rendered scripts
 * need it.
 */
export function NonceProvider({
  value,
  children,
}: {
  value: string | undefined;
  children: ReactNode;
}) {
  return <NonceContext.Provider value={value}>{children}</NonceContext.Provider>;
}

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
