import { kit } from "~/lib/kit.server";

export const loader = kit.pages.signOut.loader;
export const action = kit.pages.signOut.action;
