/** Texts of the "Embed" action of a metric panel's or a storyline's page, in English (the type every language follows). */
const en = {
  embed: 'Embed',
  title: {
    metrics: 'Embed this panel on your site',
    storylines: 'Embed this storyline on your site',
  },
  hint: 'Paste this code into your page. The embed shows the figures with their sources and the dataset version, links back to this page, and stays current with each release of the dataset.',
  code: 'Embed code',
  copy: 'Copy code',
  copied: 'Code copied',
  failed: 'Could not copy; select the code and copy it by hand.',
  preview: 'Open the embed on its own',
};

export type EmbedCodeMessages = typeof en;
export default en;
