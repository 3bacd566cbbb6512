import type { Faker } from "@faker-js/faker";

import type { Prisma } from "../generated/prisma/client";

/** What a factory writes through: the client itself or an interactive transaction. */
export type DbClient = Prisma.TransactionClient;

export interface FactoryContext {
  /** Randomness source; pass a seeded one for reproducible data. */
  faker?: Faker;
  /** Reference time for dates (defaults to now). */
  now?: Date;
}
