package dev.sovai.scoring.energy;

import java.util.Optional;

import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.landscape.Landscape;

/**
 * What every site of one jurisdiction shares in an energy question: its grid and grid area, the grid whose electricity
 * demand its share is read against, and the blocs its rules ask about. Found once per jurisdiction and question by
 * {@link EnergyPass} instead of once per site.
 *
 * @param code  the jurisdiction's code ({@code "US-OH"}), not null
 * @param grid  the grid profile {@link Landscape#gridOf} gives, empty if none
 * @param area  the grid area of that profile, empty if none
 * @param gridCode  the code the grid figures are printed with: the area's, or the country's when there is no grid
 * @param countryDemandGrid  the country's grid profile when it gives an electricity demand, else empty
 * @param inEu  whether the jurisdiction is in the rules' EU bloc ({@link RegulatoryRules#euBloc})
 * @param inEnefg  whether the jurisdiction is where the EnEfG applies ({@link RegulatoryRules#enefgJurisdiction})
 */
record Place(String code, Optional<GridProfile> grid, Optional<GridArea> area, String gridCode,
    Optional<GridProfile> countryDemandGrid, boolean inEu, boolean inEnefg) {
  /** Finds what a jurisdiction's sites share. */
  static Place of(Landscape land, RegulatoryRules rules, String code) {
    Optional<GridArea> area = GridArea.of(land, code);
    String country = code.substring(0, 2);
    return new Place(code, land.gridOf(code), area, area.map(GridArea::code).orElse(country),
        land.gridOf(country).filter(c -> c.demandTwh().isPresent()), land.isIn(code, rules.euBloc()),
        land.isIn(code, rules.enefgJurisdiction()));
  }
}
