import { kit } from "~/lib/kit.server";

export const loader = kit.pages.oauth.callback.loader;
