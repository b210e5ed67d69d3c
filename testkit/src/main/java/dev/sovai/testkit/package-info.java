/** Generators and mutators of sovai model values for property-based tests. */
package dev.sovai.testkit;
