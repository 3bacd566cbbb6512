import { router } from "../../trpc";
import { accountRouter } from "../shared/account";
import { unsubscribeRouter } from "../shared/unsubscribe";
import { list as listAudit } from "./audit/list";
import { cancel as cancelPlan } from "./billing/cancel";
import { checkout } from "./billing/checkout";
import { choosePlan } from "./billing/choose-plan";
import { invoice } from "./billing/invoice";
import { overview } from "./billing/overview";
import { portal } from "./billing/portal";
import { resume as resumePlan } from "./billing/resume";
import { find } from "./candidates/find";
import { get } from "./candidates/get";
import { get as getCompany } from "./company/get";
import { save as saveCompany } from "./company/save";
import { verification } from "./company/verification";
import { get as getInvitation } from "./invitations/get";
import { jobs as invitationJobs } from "./invitations/jobs";
import { list as listInvitations } from "./invitations/list";
import { send } from "./invitations/send";
import { acceptInvitation } from "./members/accept-invitation";
import { invite } from "./members/invite";
import { list } from "./members/list";
import { remove } from "./members/remove";
import { revokeInvitation } from "./members/revoke-invitation";
import { seats } from "./members/seats";
import { transferOwnership } from "./members/transfer-ownership";
import { get as getUsage } from "./usage/get";
import { create as createSavedSearch } from "./saved-searches/create";
import { remove as deleteSavedSearch } from "./saved-searches/delete";
import { list as listSavedSearches } from "./saved-searches/list";
import { rename as renameSavedSearch } from "./saved-searches/rename";
import { setAlert as setSavedSearchAlert } from "./saved-searches/set-alert";

/** Everything apps/employer can call. */
export const employerRouter = router({
  candidates: router({ find, get }),
  company: router({ get: getCompany, save: saveCompany, verification }),
  audit: router({ list: listAudit }),
  invitations: router({ send, list: listInvitations, get: getInvitation, jobs: invitationJobs }),
  usage: router({ get: getUsage }),
  savedSearches: router({
    list: listSavedSearches,
    create: createSavedSearch,
    rename: renameSavedSearch,
    setAlert: setSavedSearchAlert,
    delete: deleteSavedSearch,
  }),
  billing: router({
    overview,
    invoice,
    choosePlan,
    cancel: cancelPlan,
    resume: resumePlan,
    checkout,
    portal,
  }),
  members: router({
    list,
    seats,
    invite,
    revokeInvitation,
    remove,
    transferOwnership,
    acceptInvitation,
  }),
  account: accountRouter,
  unsubscribe: unsubscribeRouter,
});

export type EmployerRouter = typeof employerRouter;
