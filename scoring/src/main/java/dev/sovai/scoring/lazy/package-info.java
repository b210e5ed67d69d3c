/**
 * Values a result builds only when they are read (its sentences, chains and formatted numbers), kept once built.
 * Internal to the scorers: not exported.
 */
package dev.sovai.scoring.lazy;
