/**
 * Jurisdictions (countries and their subdivisions), the blocs they belong to, their GDPR adequacy status,
 * the extraterritorial laws they enact and the carbon profile of their electricity grid.
 */
@SovaiStyle
package dev.sovai.model.jurisdiction;

import dev.sovai.model.style.SovaiStyle;
