import { kit } from "~/lib/kit.server";

/** The provider buttons post here; a plain visit goes back to sign-in. */
export const loader = kit.pages.oauth.begin.loader;
export const action = kit.pages.oauth.begin.action;
