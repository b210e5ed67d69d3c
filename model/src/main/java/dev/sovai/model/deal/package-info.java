/**
 * Deals between operators: acquisitions, investments, joint ventures, partnerships, hardware supply,
 * capacity contracts and financing, with their parties, value, scope and {@link dev.sovai.model.deal.DealEffects
 * effects} (the stake and site changes that applying the deal makes).
 */
@SovaiStyle
package dev.sovai.model.deal;

import dev.sovai.model.style.SovaiStyle;
