/**
 * The aggregate root: a {@link dev.sovai.model.landscape.Landscape} of jurisdictions, operators, accelerators,
 * sites, deals and sources as of a date, validated as a whole (every reference resolves, identifiers are
 * unique, all violations reported at once), navigable, mergeable, and transformable by applying a deal.
 */
@SovaiStyle
package dev.sovai.model.landscape;

import dev.sovai.model.style.SovaiStyle;
