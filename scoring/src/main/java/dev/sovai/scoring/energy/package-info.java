/**
 * Energy scoring: power, energy, location- and market-based carbon, CUE, carbon per unit of compute,
 * performance per watt, grid energy sovereignty, water and heat reuse, and the regulatory marks (EU CSF SOV-8,
 * Gaia-X P6, German EnEfG) of sites, operators and landscapes. Start with
 * {@link dev.sovai.scoring.energy.EnergyScorer#of(dev.sovai.scoring.energy.EnergyProfile)} and
 * {@link dev.sovai.scoring.energy.EnergyProfile#standard()}, and read results through
 * {@link dev.sovai.scoring.energy.EnergyQuantity}; every number the formulas use is a
 * {@link dev.sovai.scoring.energy.Reference} of the profile, with its {@link dev.sovai.model.Provenance}.
 */
package dev.sovai.scoring.energy;
