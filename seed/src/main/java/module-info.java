/**
 * The seed landscape: every system, actor, site, deal and figure of the five articles sovai was created from,
 * each citing its article, read over the bundled reference data.
 */
module dev.sovai.seed {
  requires transitive dev.sovai.io;

  exports dev.sovai.seed;

  opens dev.sovai.seed;
}
