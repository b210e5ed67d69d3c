/**
 * The sovai command and its renderers. {@code dev.sovai.cli.render} turns scored landscapes into the text
 * report and tables that other programs can call; {@code dev.sovai.cli.command} holds the picocli commands and
 * the entry point {@code SovaiCli}.
 */
module dev.sovai.cli {
  requires dev.sovai.model;
  requires dev.sovai.scoring;
  requires dev.sovai.io;
  requires dev.sovai.importers;
  requires dev.sovai.seed;
  requires info.picocli;

  exports dev.sovai.cli.render;
  exports dev.sovai.cli.render.html;
  exports dev.sovai.cli.render.csv;
  exports dev.sovai.cli.render.trend;
  exports dev.sovai.cli.command;

  opens dev.sovai.cli.command to info.picocli;
}
