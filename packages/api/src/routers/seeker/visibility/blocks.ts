import {
  companyBlockInput,
  companySearch,
  confirmPendingBlockInput,
  domainBlockInput,
  pendingBlockInput,
  pendingBlockRef,
} from "@tsunagu/schemas/visibility";
import * as service from "../../../services/visibility/blocks";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { blocksSchema, companiesSchema, doneSchema } from "./schemas";

const done = { done: true } as const;

/** F3: active companies by name, for the block list's picker. */
export const searchCompanies = seekerProcedure
  .input(companySearch)
  .output(companiesSchema)
  .query(({ ctx, input }) => service.searchCompanies(ctx.db, input.query));

/** F3: the signed-in seeker's block list. */
export const blocks = seekerProcedure
  .input(noInput)
  .output(blocksSchema)
  .query(({ ctx }) => service.listBlocks(ctx.db, ctx.user.id));

export const blockCompany = seekerProcedure
  .input(companyBlockInput)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.blockCompany(ctx.db, ctx.user.id, input.companyId);
    return done;
  });

export const unblockCompany = seekerProcedure
  .input(companyBlockInput)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.unblockCompany(ctx.db, ctx.user.id, input.companyId);
    return done;
  });

export const blockDomain = seekerProcedure
  .input(domainBlockInput)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.blockDomain(ctx.db, ctx.user.id, input.domain);
    return done;
  });

export const unblockDomain = seekerProcedure
  .input(domainBlockInput)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.unblockDomain(ctx.db, ctx.user.id, input.domain);
    return done;
  });

export const addPendingBlock = seekerProcedure
  .input(pendingBlockInput)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.addPendingBlock(ctx.db, ctx.user.id, input.name);
    return done;
  });

export const removePendingBlock = seekerProcedure
  .input(pendingBlockRef)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.removePendingBlock(ctx.db, ctx.user.id, input.pendingId);
    return done;
  });

export const confirmPendingBlock = seekerProcedure
  .input(confirmPendingBlockInput)
  .output(doneSchema)
  .mutation(async ({ ctx, input }) => {
    await service.confirmPendingBlock(ctx.db, ctx.user.id, input.pendingId, input.companyId);
    return done;
  });
