/**
 * The sovai landscape JSON format: strict streaming readers, canonical writers, a Jackson module for other
 * programs' mappers, the JSON Schema and the bundled reference data.
 */
module dev.sovai.io {
  requires transitive dev.sovai.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.sovai.io;
  exports dev.sovai.io.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.sovai.io.jackson.SovaiModule;
}
