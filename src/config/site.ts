/**
 * Where content is edited and corrections go, set once for the whole site (for example in the
 * hosting's build settings): the repository the browser editor saves to as pull requests, and
 * an email address for the submission forms and for readers who have no account there. Without
 * either, the forms and the correction boxes point to the municipality's own website.
 */
export const corrections = {
  /** The repository's address, e.g. `https://github.com/kunta/hyvinvointipuu`. */
  repository: process.env.HYVINVOINTIPUU_REPOSITORY || undefined,
  /** `github` or `gitlab`; read from the address when left out (github.com is GitHub, other hosts GitLab). */
  forge: process.env.HYVINVOINTIPUU_FORGE || undefined,
  /** The branch that the editor opens and that pull requests go to. */
  branch: process.env.HYVINVOINTIPUU_BRANCH || 'main',
  /** An address for corrections by email. */
  email: process.env.HYVINVOINTIPUU_CORRECTIONS_EMAIL || undefined,
};

/**
 * The browser editor at `/hallinta/` (see docs/hosting.md, "The browser editor"): it saves through the
 * repository of `corrections`, as pull requests. GitHub needs a small OAuth helper service for
 * signing in; GitLab signs in with an OAuth application id alone.
 */
export const editor = {
  /** Address of the OAuth helper for GitHub, e.g. `https://kirjautuminen.kunta.fi`. */
  authUrl: process.env.HYVINVOINTIPUU_EDITOR_AUTH_URL || undefined,
  /** The application id of a GitLab OAuth application (scope `api`). */
  gitlabAppId: process.env.HYVINVOINTIPUU_GITLAB_APP_ID || undefined,
};
