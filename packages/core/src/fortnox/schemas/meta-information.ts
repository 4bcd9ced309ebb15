import { z } from 'zod';

const Count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

/** The paging block of every Fortnox list response. */
export const MetaInformation = z.object({
  '@TotalResources': Count,
  '@TotalPages': Count,
  '@CurrentPage': Count,
});
/** Paging information of a list response. */
export type MetaInformation = z.infer<typeof MetaInformation>;
