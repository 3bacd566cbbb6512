import { notFound, NotFoundPage } from "@tsunagu/ui/remix";

/** Any URL no other route claims. */
export const loader = () => notFound();
export default NotFoundPage;
