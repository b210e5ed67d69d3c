package dev.sovai.scoring.concentration;

import java.util.List;

/**
 * The capacity of a {@link ConcentrationResult} whose <em>weight</em> on the basis is unknown, as opposed to weight
 * whose <em>holder</em> is unknown ({@link Partition#unknownWeight()}): sites in scope whose quantity on the basis is
 * not known (IT MW not reported, no fleet, no Linpack measurement, every chip without a catalogue figure), and
 * accelerator lots without a catalogue figure at sites that are otherwise counted.
 *
 * <p>Nothing in the landscape bounds such weight (a site's size or an uncatalogued chip's H100-equivalent factor can
 * be anything), so it is not in the partition and the {@link ConcentrationIndex} bounds cover the known weight only;
 * this record says how much capacity, counted in sites, lots and accelerators, they leave out.
 *
 * @param sites  the sites in scope left out because their weight on the basis is unknown, ≥ 0
 * @param sitesPartly  the counted sites some of whose lots in scope were left out (their other lots counted), ≥ 0
 * @param lots  the accelerator lots in scope left out because their chip has no figure on the basis, ≥ 0
 * @param accelerators  the accelerators in scope whose weight on the basis is unknown: those of the sites left out
 *     and of the lots left out, ≥ 0
 * @param siteIds  the ids of the first sites left out (at most 100, in landscape order), not null
 */
public record UnknownWeight(int sites, int sitesPartly, int lots, double accelerators, List<String> siteIds) {
  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if a count is negative or not finite
   */
  public UnknownWeight {
    if (sites < 0 || sitesPartly < 0 || lots < 0 || !(accelerators >= 0.0) || Double.isInfinite(accelerators)) {
      throw new IllegalArgumentException("unknown-weight counts must be finite and ≥ 0, were sites " + sites
          + ", sitesPartly " + sitesPartly + ", lots " + lots + ", accelerators " + accelerators);
    }
    siteIds = List.copyOf(siteIds);
  }

  /** @return true if some capacity in scope has an unknown weight on the basis (a site or a lot left out) */
  public boolean any() {
    return sites > 0 || lots > 0;
  }
}
