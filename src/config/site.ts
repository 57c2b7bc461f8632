/**
 * Where corrections go, set once for the whole site (for example in the hosting's build
 * settings): the repository whose web editor staff use, and an email address for readers who
 * have no account there. Without either, actor pages point to the municipality's own website.
 */
export const corrections = {
  /** The repository's address, e.g. `https://github.com/kunta/hyvinvointipuu`. */
  repository: process.env.HYVINVOINTIPUU_REPOSITORY || undefined,
  /** The branch that the web editor opens. */
  branch: process.env.HYVINVOINTIPUU_BRANCH || 'main',
  /** An address for corrections by email. */
  email: process.env.HYVINVOINTIPUU_CORRECTIONS_EMAIL || undefined,
};
