/**
 * JMH benchmarks of sovai: reading and writing landscape documents against a plain Jackson baseline, ownership
 * look-through, concentration indices, sovereignty and energy scoring. Inputs come from the testkit's seeded
 * generators at {@link dev.sovai.benchmarks.Inputs#SEED}. How to run them and the measured figures:
 * {@code docs/performance.md}.
 */
package dev.sovai.benchmarks;
