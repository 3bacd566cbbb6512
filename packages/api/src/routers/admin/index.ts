import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { listInvoices } from "./billing/list-invoices";
import { markInvoicePaid } from "./billing/mark-invoice-paid";
import { voidInvoice } from "./billing/void-invoice";
import { clearReviewFlag } from "./companies/clear-review-flag";
import { list as listCompanies } from "./companies/list";
import { verify as verifyCompany } from "./companies/verify";
import { indexHealth } from "./operations/index-health";

/** Everything apps/admin can call. */
export const adminRouter = router({
  operations: router({ indexHealth }),
  companies: router({ list: listCompanies, verify: verifyCompany, clearReviewFlag }),
  billing: router({ listInvoices, markInvoicePaid, voidInvoice }),
  account: accountRouter,
});

export type AdminRouter = typeof adminRouter;
