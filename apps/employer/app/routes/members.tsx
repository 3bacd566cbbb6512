import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import {
  Alert,
  Badge,
  Button,
  Card,
  CardTitle,
  Field,
  Input,
  NarrowPage,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { pageMeta } from "@tsunagu/ui/remix";
import { ConfirmedMemberAction } from "~/components/confirmed-member-action";
import { kit } from "~/lib/kit.server";
import { loadMembersPage, runMembersAction } from "~/lib/members.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadMembersPage(request, await kit.requireUser(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return runMembersAction(request, await kit.requireUser(request));
}

export const meta = pageMeta;

const ROLES = ["RECRUITER", "OWNER"] as const;

/** F10: the company's team. Owners invite, remove and hand over ownership; recruiters read. */
export default function Members() {
  const { companyName, isOwner, seats, soleOwner, members, invitations } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("employer");
  const { t: tCommon } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";
  const [searchParams] = useSearchParams();
  const dialogLabels = { cancel: t("members.cancel"), close: tCommon("actions.close") };

  const inviteResult = result?.intent === "invite" ? result : undefined;
  const inviteProblem =
    inviteResult && "problem" in inviteResult ? inviteResult.problem : undefined;
  const rowProblem =
    result &&
    result.intent !== "invite" &&
    "problem" in result &&
    result.problem !== "invalid-email"
      ? result.problem
      : undefined;
  // A failed invitation keeps what was typed; a sent one clears the form.
  const inviteValues = inviteResult && "values" in inviteResult ? inviteResult.values : undefined;

  return (
    <NarrowPage
      title={t("members.title")}
      lead={t("members.lead", { company: companyName })}
      width="settings"
    >
      {searchParams.has("joined") && !result ? (
        <Alert tone="success">{t("members.welcome", { company: companyName })}</Alert>
      ) : null}
      {result && "done" in result ? (
        <Alert tone="success">
          {result.intent === "remove"
            ? t("members.removed", { name: result.done })
            : t("members.transferred", { name: result.done })}
        </Alert>
      ) : null}
      {result?.intent === "resend-invitation" && "invited" in result ? (
        <Alert tone={result.delayed ? "warning" : "success"}>
          {result.delayed
            ? t("members.invitedDelayed", { email: result.invited })
            : t("members.resent", { email: result.invited })}
        </Alert>
      ) : null}
      {result && "revoked" in result ? (
        <Alert tone="success">{t("members.revoked", { email: result.revoked })}</Alert>
      ) : null}
      {rowProblem ? <Alert tone="danger">{t(`members.problems.${rowProblem}`)}</Alert> : null}

      <Card className="grid gap-4">
        <CardTitle>{t("members.membersSection")}</CardTitle>
        {!isOwner ? <p className="text-sm text-ink-muted">{t("members.readOnly")}</p> : null}
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("members.name")}</TableHead>
              <TableHead>{t("members.role")}</TableHead>
              <TableHead>{t("members.joined")}</TableHead>
              {isOwner ? (
                <TableHead>
                  <span className="sr-only">{t("members.actions")}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell>
                  {member.displayName}
                  {member.isYou ? (
                    <span className="text-ink-muted"> ({t("members.you")})</span>
                  ) : null}
                </TableCell>
                <TableCell>
                  <Badge>{t(`members.roles.${member.role}`)}</Badge>
                </TableCell>
                <TableCell>{member.joinedAt}</TableCell>
                {isOwner ? (
                  <TableCell className="text-right">
                    <div className="flex justify-end gap-2">
                      {!member.isYou && member.role !== "OWNER" ? (
                        <ConfirmedMemberAction
                          intent="make-owner"
                          fields={{ memberId: member.id }}
                          label={t("members.makeOwner")}
                          accessibleLabel={t("members.makeOwnerLabel", {
                            name: member.displayName,
                          })}
                          title={t("members.confirmMakeOwnerTitle", { name: member.displayName })}
                          description={t("members.confirmMakeOwnerBody", {
                            name: member.displayName,
                          })}
                          labels={dialogLabels}
                          variant="outline"
                          disabled={submitting}
                        />
                      ) : null}
                      {member.role === "OWNER" && soleOwner ? null : (
                        <ConfirmedMemberAction
                          intent="remove"
                          fields={{ memberId: member.id }}
                          label={t("members.remove")}
                          accessibleLabel={t("members.removeLabel", { name: member.displayName })}
                          title={t("members.confirmRemoveTitle", { name: member.displayName })}
                          description={t("members.confirmRemoveBody", { name: member.displayName })}
                          labels={dialogLabels}
                          variant="destructive"
                          disabled={submitting}
                        />
                      )}
                    </div>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {isOwner ? <p className="text-sm text-ink-muted">{t("members.makeOwnerHelp")}</p> : null}
        {isOwner && soleOwner ? (
          <p className="text-sm text-ink-muted">{t("members.soleOwner")}</p>
        ) : null}
        <p className="text-sm" data-testid="seats">
          {t("members.seats", {
            used: seats.members + seats.openInvitations,
            seats: seats.seats,
            members: seats.members,
            invited: seats.openInvitations,
          })}
        </p>
      </Card>

      {isOwner ? (
        <Card className="grid gap-4">
          <CardTitle>{t("members.invitationsSection")}</CardTitle>
          {invitations.length === 0 ? (
            <p className="text-sm text-ink-muted">{t("members.invitationsEmpty")}</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("members.email")}</TableHead>
                  <TableHead>{t("members.role")}</TableHead>
                  <TableHead>{t("members.expires")}</TableHead>
                  <TableHead>
                    <span className="sr-only">{t("members.actions")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invitations.map((invitation) => (
                  <TableRow key={invitation.id}>
                    <TableCell>{invitation.email}</TableCell>
                    <TableCell>{t(`members.roles.${invitation.role}`)}</TableCell>
                    <TableCell>{invitation.expiresAt}</TableCell>
                    <TableCell className="text-right">
                      <div className="flex justify-end gap-2">
                        <Form method="post">
                          <input type="hidden" name="intent" value="resend-invitation" />
                          <input type="hidden" name="invitationId" value={invitation.id} />
                          <Button
                            type="submit"
                            variant="outline"
                            size="sm"
                            disabled={submitting}
                            aria-label={t("members.resendLabel", { email: invitation.email })}
                          >
                            {t("members.resend")}
                          </Button>
                        </Form>
                        <ConfirmedMemberAction
                          intent="revoke-invitation"
                          fields={{ invitationId: invitation.id }}
                          label={t("members.revoke")}
                          accessibleLabel={t("members.revokeLabel", { email: invitation.email })}
                          title={t("members.confirmRevokeTitle", { email: invitation.email })}
                          description={t("members.confirmRevokeBody")}
                          labels={dialogLabels}
                          variant="destructive"
                          disabled={submitting}
                        />
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      ) : null}

      {isOwner ? (
        <Card className="grid gap-4">
          <CardTitle>{t("members.inviteSection")}</CardTitle>
          <p className="text-sm text-ink-muted">{t("members.inviteLead")}</p>
          {seats.members + seats.openInvitations >= seats.seats ? (
            <Alert tone="warning">{t("members.seatsFull")}</Alert>
          ) : null}
          {inviteResult && "invited" in inviteResult ? (
            <Alert tone={inviteResult.delayed ? "warning" : "success"}>
              {inviteResult.delayed
                ? t("members.invitedDelayed", { email: inviteResult.invited })
                : t("members.invited", { email: inviteResult.invited })}
            </Alert>
          ) : null}
          {inviteProblem && inviteProblem !== "invalid-email" ? (
            <Alert tone="danger">{t(`members.problems.${inviteProblem}`)}</Alert>
          ) : null}
          <Form
            method="post"
            className="grid gap-4"
            noValidate
            key={inviteResult && "invited" in inviteResult ? inviteResult.invited : "invite"}
          >
            <input type="hidden" name="intent" value="invite" />
            <Field
              label={t("members.email")}
              error={
                inviteProblem === "invalid-email"
                  ? tCommon("auth.problems.invalid-email")
                  : undefined
              }
            >
              <Input
                name="email"
                type="email"
                autoComplete="off"
                required
                defaultValue={inviteValues?.email}
              />
            </Field>
            <Field label={t("members.role")}>
              <Select name="role" defaultValue={inviteValues?.role ?? "RECRUITER"}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`members.roles.${role}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" className="justify-self-start" disabled={submitting}>
              {t("members.inviteSubmit")}
            </Button>
          </Form>
        </Card>
      ) : null}
    </NarrowPage>
  );
}
