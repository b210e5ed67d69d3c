/**
 * Readers of the field's public datasets into sovai landscapes: Epoch AI's AI supercomputers. Kept apart from
 * {@code dev.sovai.io} so that a program that only reads and writes landscape documents does not pull in a CSV
 * parser.
 */
module dev.sovai.importers {
  requires transitive dev.sovai.io;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.sovai.importers;
  exports dev.sovai.importers.epoch;
  exports dev.sovai.importers.top500;
}
