/**
 * Remix-specific pieces of the design system (document frame, navigation, error page).
 * Kept apart from the main entry so the primitives stay usable outside Remix.
 */
export { AppDocument, AppNav, type AppDocumentProps, type AppNavItem } from "./app-document";
export { documentMeta } from "./meta";
export { RouteErrorPage } from "./route-error-page";
export { AccountNav, type AccountNavProps } from "./account-nav";
