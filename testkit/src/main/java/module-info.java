/**
 * Seeded, size-bounded, engine-neutral generators of valid sovai model values and whole landscapes, and
 * mutators that break exactly one rule, for property-based tests.
 */
module dev.sovai.testkit {
  requires transitive dev.sovai.model;
  requires static org.immutables.value.annotations;

  exports dev.sovai.testkit;
}
