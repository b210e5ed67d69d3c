/**
 * Ownership look-through: who ultimately holds the capital and the votes of each operator, through chains of
 * stakes, cross-holdings and cycles, with the unlisted remainder kept explicit; and who ultimately controls each
 * operator by decisive influence (majority of votes, right to appoint a board majority, veto), sole or joint.
 *
 * <p>Start from {@link dev.sovai.scoring.ownership.OwnershipGraph#of(dev.sovai.model.landscape.Landscape)}.
 */
package dev.sovai.scoring.ownership;
