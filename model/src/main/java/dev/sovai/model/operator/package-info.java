/**
 * Operators: every organisation in the landscape (hyperscalers, neoclouds, telecoms, colocation firms, model
 * labs, chip vendors, investors, sovereign funds, state bodies), where they are seated, who holds them
 * ({@link dev.sovai.model.operator.Stake}), their links to a foreign state and their certifications.
 */
@SovaiStyle
package dev.sovai.model.operator;

import dev.sovai.model.style.SovaiStyle;
