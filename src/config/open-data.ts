/**
 * The terms under which the exports on the open-data page are published, set once for the
 * whole site. The default is Creative Commons Attribution 4.0; a municipality that publishes
 * under another licence sets both variables in its hosting's build settings.
 */
export const openDataLicence = {
  /** The licence's short name, shown on the open-data page and written into each export. */
  name: process.env.HYVINVOINTIPUU_DATA_LICENCE || 'CC BY 4.0',
  /** Where the licence text is. */
  url: process.env.HYVINVOINTIPUU_DATA_LICENCE_URL || 'https://creativecommons.org/licenses/by/4.0/deed.fi',
};
