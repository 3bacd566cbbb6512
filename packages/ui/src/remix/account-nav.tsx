import { Form, Link, NavLink } from "@remix-run/react";
import { buttonVariants } from "../components/button";
import { cn } from "../lib/cn";

export interface AccountNavProps {
  signedIn: boolean;
  labels: { menu: string; signIn: string; signUp: string; account: string; signOut: string };
  /** Where "Sign up" leads; apps without self sign-up (admin) leave it out. */
  signUpTo?: string;
}

const linkClasses =
  "rounded-md px-3 py-2 text-sm font-medium text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent";

/**
 * The header's account corner: sign-in and sign-up links for visitors; the account page and a
 * sign-out button (a POST form, so it works without JavaScript and cannot be triggered by a
 * link from another site) once signed in.
 */
export function AccountNav({ signedIn, labels, signUpTo }: AccountNavProps) {
  return (
    <nav aria-label={labels.menu} className="flex items-center gap-1">
      {signedIn ? (
        <>
          <NavLink
            to="/account"
            className={({ isActive }) =>
              cn(linkClasses, isActive && "bg-accent-soft text-accent-strong")
            }
          >
            {labels.account}
          </NavLink>
          <Form method="post" action="/sign-out">
            <button type="submit" className={buttonVariants({ variant: "outline", size: "sm" })}>
              {labels.signOut}
            </button>
          </Form>
        </>
      ) : (
        <>
          <Link to="/sign-in" className={linkClasses}>
            {labels.signIn}
          </Link>
          {signUpTo ? (
            <Link to={signUpTo} className={buttonVariants({ size: "sm" })}>
              {labels.signUp}
            </Link>
          ) : null}
        </>
      )}
    </nav>
  );
}
