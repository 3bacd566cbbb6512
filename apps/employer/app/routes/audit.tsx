import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import {
  Alert,
  Button,
  Card,
  Input,
  Label,
  NarrowPage,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { loadAuditPage } from "~/lib/audit.server";
import { kit } from "~/lib/kit.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadAuditPage(request, await kit.requireUser(request));
}

export const meta = pageMeta;

/** F16: who in the company viewed, revealed or exported what, and why. Owners only. */
export default function AuditLog() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("employer");
  if (!page.isOwner) {
    return (
      <NarrowPage title={t("audit.title")} lead={t("audit.lead")} width="settings">
        <Alert>{t("audit.ownersOnly")}</Alert>
      </NarrowPage>
    );
  }
  const { filters } = page;
  return (
    <NarrowPage title={t("audit.title")} lead={t("audit.lead")} width="settings">
      <Card className="grid gap-4">
        <Form method="get" className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-1">
            <Label htmlFor="audit-member">{t("audit.member")}</Label>
            <Select id="audit-member" name="memberId" defaultValue={filters.memberId}>
              <option value="">{t("audit.anyMember")}</option>
              {page.members.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-1">
            <Label htmlFor="audit-kind">{t("audit.kind")}</Label>
            <Select id="audit-kind" name="kind" defaultValue={filters.kind}>
              <option value="">{t("audit.anyKind")}</option>
              {page.kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-1">
            <Label htmlFor="audit-from">{t("audit.from")}</Label>
            <Input id="audit-from" name="from" type="date" defaultValue={filters.from} />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="audit-to">{t("audit.to")}</Label>
            <Input
              id="audit-to"
              name="to"
              type="date"
              defaultValue={filters.to}
              aria-invalid={page.badRange ? true : undefined}
              aria-describedby={page.badRange ? "audit-range-error" : undefined}
            />
            {page.badRange ? (
              <p id="audit-range-error" className="text-sm font-medium text-danger">
                {t("audit.badRange")}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
            <Button type="submit">{t("audit.filter")}</Button>
            <a href={page.exportHref} download className="text-sm font-medium underline">
              {t("audit.export")}
            </a>
          </div>
        </Form>
      </Card>
      {page.entries.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("audit.time")}</TableHead>
                <TableHead scope="col">{t("audit.member")}</TableHead>
                <TableHead scope="col">{t("audit.kind")}</TableHead>
                <TableHead scope="col">{t("audit.purpose")}</TableHead>
                <TableHead scope="col">{t("audit.candidate")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.entries.map((e) => (
                <TableRow key={e.id}>
                  <TableCell className="whitespace-nowrap">{e.time}</TableCell>
                  <TableCell>{e.member}</TableCell>
                  <TableCell>{e.kind}</TableCell>
                  <TableCell className="[overflow-wrap:anywhere]">{e.purpose}</TableCell>
                  <TableCell className="font-mono text-xs [overflow-wrap:anywhere]">
                    {e.candidate}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {"nextHref" in page && page.nextHref ? (
        <p>
          <Link to={page.nextHref} className="text-sm font-medium underline">
            {t("audit.more")}
          </Link>
        </p>
      ) : null}
    </NarrowPage>
  );
}
