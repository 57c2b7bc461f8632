/** How old a `verified` date may be before the entry is listed for a person to confirm again. */
export const verification = {
  maxAgeMonths: 12,
};
