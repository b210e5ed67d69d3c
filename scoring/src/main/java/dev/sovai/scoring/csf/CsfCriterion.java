package dev.sovai.scoring.csf;

import static dev.sovai.scoring.csf.CsfProvenance.bySeal;
import static dev.sovai.scoring.csf.CsfProvenance.calculator;
import static dev.sovai.scoring.csf.CsfProvenance.pue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.csf.CsfCatalogue;

import dev.sovai.scoring.csf.CsfRung.Condition;

/**
 * The criteria of the EU Cloud Sovereignty Framework that sovai answers from a landscape's facts, each with its
 * ladder of rungs (wording, SEAL tag, points, worst first), its maximum points in the June 2026 calculator and whether
 * it gates the SEAL floor. This enum is the one place these rules live: the sovereignty scorer's CSF view and the
 * energy scorer's SOV-8.1 and SOV-8.4 marks read them here. Rungs are those transcribed from the official calculator
 * (SUSE/csf-self-assessment, flavienbwk/cloud-sovereignty-score); where the sources disagree or give no points, the
 * rung's {@link CsfRung#provenance() provenance} is marked estimated and the constant's Javadoc says what is used.
 * The other criteria (keys, logs, portability …) are outside the landscape's facts and not listed here: the whole
 * calculator is the catalogue {@link CsfCatalogue}, whose entry of each constant ({@link #entry()}) has the same code,
 * objective, maximum points and gating, and a ladder that holds every calculator-sourced rung of the constant (same
 * points and SEAL tag); this enum may leave out rungs no fact can decide between. Rungs marked estimated are sovai's
 * reading and are not checked against the catalogue.
 *
 * <p>Non-gating criteria follow the Implementation Guidance's "lessons learnt" (p. 13, as read by SUSE): SOV-3.5 and
 * SOV-6.5 (chip-origin criteria) and SOV-5.2 score but do not set the floor; SOV-8.4 carries SEAL 4 on every rung.
 */
public enum CsfCriterion {
  /**
   * SOV-1.1 EU/EEA legal entity control: entirely outside (0; SEAL 1), mostly outside (41.67; 1), mostly within
   * (83.34; 3), entirely within (125; 4). Answered from the provider's ultimate controllers and integrated ownership.
   */
  SOV_1_1(CsfObjective.SOV_1, "SOV-1.1", "EU/EEA legal entity control", 125, true, List.of(
      calculator("entirely outside the EU", 1, 0), calculator("mostly outside the EU", 1, 41.67),
      calculator("mostly within the EU", 3, 83.34), calculator("entirely within the EU", 4, 125))),
  /**
   * SOV-1.8 Resilience to cut-off: immediate shutdown (0; 0), delayed stop (31.25; 0), temporary contractual
   * continuity (62.5; 2), can re-source or internalise (93.75; 2), full autonomy (125; 4). Answered from the cut-off
   * risk: presumption of denial → immediate shutdown; capped → delayed stop; licence required → temporary
   * continuity; none but foreign accelerators → can re-source; none and no foreign dependency → full autonomy.
   */
  SOV_1_8(CsfObjective.SOV_1, "SOV-1.8", "Resilience to cut-off", 125, true, List.of(
      calculator("immediate shutdown", 0, 0), calculator("delayed stop", 0, 31.25),
      calculator("temporary contractual continuity", 2, 62.5), calculator("can re-source or internalise", 2, 93.75),
      calculator("full autonomy", 4, 125))),
  /**
   * SOV-2.2 Extraterritorial laws: fully exposed (0; 1), mitigation clauses (41.75; 1), EU subsidiary with
   * contractual protections (83.5; 1), legal structures shielding (125.25; 2), verified legal immunity (167; 4).
   * Exposure through operator, owner or gateway → fully exposed; through tenants only → mitigation clauses; no
   * foreign law reaches and every seat is known → verified (structural) immunity.
   */
  SOV_2_2(CsfObjective.SOV_2, "SOV-2.2", "Extraterritorial laws", 167, true, List.of(
      calculator("fully exposed", 1, 0), calculator("mitigation clauses", 1, 41.75),
      calculator("EU subsidiary with contractual protections", 1, 83.5),
      calculator("legal structures shielding", 2, 125.25), calculator("verified legal immunity", 4, 167))),
  /**
   * SOV-2.4 Export-control restrictions: restrictions towards the Member State (0; 0), towards EU citizens or
   * organisations (41.75; 1), more than 50 % of revenue in the EU (83.5; 2), offer cannot be exposed to restrictions
   * towards EU Member States (125.25; 3), nor towards international organisations (167; 4). Destination restricted →
   * (0; 0); restriction through the buyer's parent only → (41.75; 1); accelerators under a foreign regime but no
   * restriction → (125.25; 3); none → (167; 4).
   */
  SOV_2_4(CsfObjective.SOV_2, "SOV-2.4", "Export-control restrictions", 167, true, List.of(
      calculator("restrictions towards an EU Member State", 0, 0),
      calculator("restrictions towards EU citizens or organisations", 1, 41.75),
      calculator("more than 50 % of revenue in the EU", 2, 83.5),
      calculator("cannot be exposed to restrictions towards EU Member States", 3, 125.25),
      calculator("cannot be exposed to restrictions towards EU Member States or international organisations", 4, 167))),
  /**
   * SOV-3.4 Data location: unknown or third countries (0; 0), EU by default with tightly controlled exceptions
   * (150; 1), all data exclusively in the EU with no third-country fallback (200; 4). From the site's data locations.
   */
  SOV_3_4(CsfObjective.SOV_3, "SOV-3.4", "Data location", 200, true, List.of(
      calculator("unknown or third countries", 0, 0), calculator("EU by default, tightly controlled exceptions", 1, 150),
      calculator("all data exclusively in the EU, no third-country fallback", 4, 200))),
  /**
   * SOV-3.5 AI services: black-box AI on restricted chips (0; 2), EU-led AI on foreign accelerators (150; 3),
   * EU-origin models and chips (200; 4). From the fleet's vendors, fabs and cut-off level. Not gating.
   */
  SOV_3_5(CsfObjective.SOV_3, "SOV-3.5", "AI services", 200, false, List.of(
      calculator("black-box AI, restricted chips", 2, 0), calculator("EU-led AI on foreign accelerators", 3, 150),
      calculator("EU-origin models and chips", 4, 200))),
  /**
   * SOV-4.4 Support channels and staff: majority non-EU (SEAL 1), all EU (SEAL 3), all EU with clearance (SEAL 4).
   * From the site's administration and support locations; clearance is not in the model, so at most SEAL 3. The
   * calculator's points for these rungs were not transcribed: {@code 167 × SEAL / 4} is used (estimated).
   */
  SOV_4_4(CsfObjective.SOV_4, "SOV-4.4", "Support channels and staff", 167, true, List.of(
      bySeal("majority non-EU staff", 1, 167, CsfProvenance.POINTS_BY_SEAL),
      bySeal("all EU staff", 3, 167, CsfProvenance.POINTS_BY_SEAL),
      bySeal("all EU staff with security clearance", 4, 167, CsfProvenance.POINTS_BY_SEAL))),
  /**
   * SOV-5.2 Manufacturing location: fully foreign black box (0; 1) … exclusively designed and built in the EU
   * (143; 4). From the accelerators' fab jurisdictions. Not gating.
   */
  SOV_5_2(CsfObjective.SOV_5, "SOV-5.2", "Manufacturing location", 143, false, List.of(
      calculator("fully foreign black box", 1, 0), calculator("exclusively designed and built by EU teams", 4, 143))),
  /**
   * SOV-6.5 HPC sovereignty: imported black box (0; 0), EU-hosted foreign stack (50; 3), co-designed in the EU
   * (100; 3), EU processor IP with non-EU fabs (150; 3), EU design, fab and operation (200; 4). From the vendors'
   * seats, fabs and the site. Not gating.
   */
  SOV_6_5(CsfObjective.SOV_6, "SOV-6.5", "HPC sovereignty", 200, false, List.of(
      calculator("imported black box", 0, 0), calculator("EU-hosted foreign stack", 3, 50),
      calculator("co-designed in the EU", 3, 100), calculator("EU processor IP with non-EU fabs", 3, 150),
      calculator("EU design, EU fab and EU operation", 4, 200))),
  /**
   * SOV-7.1 Security certification level. The transcriptions disagree on the middle rungs; used here (estimated):
   * ISO/IEC 27001 → SEAL 2; BSI C5 → 3; SecNumCloud or EUCS valid on the date → 4; no certification listed →
   * unknown; points {@code 143 × SEAL / 4}.
   */
  SOV_7_1(CsfObjective.SOV_7, "SOV-7.1", "Security certification level", 143, true, List.of(
      bySeal("ISO/IEC 27001", 2, 143, CsfProvenance.CERTIFICATION_READING),
      bySeal("BSI C5", 3, 143, CsfProvenance.CERTIFICATION_READING),
      bySeal("SecNumCloud or EUCS", 4, 143, CsfProvenance.CERTIFICATION_READING))),
  /**
   * SOV-8.1 Energy efficiency: PUE &gt; 0 (0; 1), PUE &lt; 3 (62.5; 1), PUE &lt; 1.5 with an improvement roadmap
   * (125; 4), PUE &lt; 1.3 (187.5; 4), PUE &lt; 1.2 EU-verified (250; 4). The bounds are strict. How a site is
   * placed on this ladder is decided once, by {@link PueRating}.
   */
  SOV_8_1(CsfObjective.SOV_8, "SOV-8.1", "Energy efficiency (PUE)", 250, true, List.of(
      pue("PUE > 0", null, Condition.NONE, 1, 0),
      pue("PUE < 3", 3.0, Condition.NONE, 1, 62.5),
      pue("PUE < 1.5 with an improvement roadmap", 1.5, Condition.ROADMAP, 4, 125),
      pue("PUE < 1.3", 1.3, Condition.NONE, 4, 187.5),
      pue("PUE < 1.2, EU-verified", 1.2, Condition.EU_VERIFIED, 4, 250))),
  /**
   * SOV-8.4 Energy supplies: non-traceable (0), traceable EU supply (points not transcribed), only green EU energy
   * supplies (250). Every rung carries SEAL 4, so it never gates. Answered by the energy scorer.
   */
  SOV_8_4(CsfObjective.SOV_8, "SOV-8.4", "Energy supplies", 250, false, List.of(
      calculator("non-traceable energy supply", 4, 0),
      new CsfRung("traceable EU energy supply", 4, OptionalDouble.empty(), OptionalDouble.empty(), Condition.NONE,
          CsfProvenance.CALCULATOR),
      calculator("only green EU energy supplies", 4, 250)));

  private final CsfObjective objective;
  private final String code;
  private final String title;
  private final double maxPoints;
  private final boolean gates;
  private final List<CsfRung> rungs;
  private final String findingId;

  CsfCriterion(CsfObjective objective, String code, String title, double maxPoints, boolean gates, List<CsfRung> rungs) {
    this.objective = objective;
    this.code = code;
    this.title = title;
    this.maxPoints = maxPoints;
    this.gates = gates;
    this.rungs = List.copyOf(rungs);
    this.findingId = "csf-" + code.toLowerCase(Locale.ROOT);
  }

  /** @return the objective it belongs to, not null */
  public CsfObjective objective() {
    return objective;
  }

  /** @return the framework identifier ({@code "SOV-2.2"}), not null */
  public String code() {
    return code;
  }

  /** @return the criterion's name, not null */
  public String title() {
    return title;
  }

  /** @return the maximum points in the calculator, &gt; 0 */
  public double maxPoints() {
    return maxPoints;
  }

  /** @return true if its SEAL tag enters the floor */
  public boolean gates() {
    return gates;
  }

  /** @return the ladder, worst rung first, not empty */
  public List<CsfRung> rungs() {
    return rungs;
  }

  /**
   * One rung of the ladder by its position.
   *
   * @param position  0 for the worst rung, up to {@code rungs().size() - 1} for the best
   * @return the rung, not null
   * @throws IndexOutOfBoundsException if there is no rung at that position
   */
  public CsfRung rung(int position) {
    return rungs.get(position);
  }

  /**
   * The same criterion in the calculator's catalogue.
   *
   * @return the catalogue's entry, not null
   */
  public CsfCatalogue.Criterion entry() {
    return Entries.OF[ordinal()];
  }

  /** The catalogue's entry of every constant, by ordinal: looked up once (asked for every answer of every site). */
  private static final class Entries {
    static final CsfCatalogue.Criterion[] OF = Arrays.stream(values())
        .map(c -> CsfCatalogue.calculator2026().criterion(c.code).orElseThrow()).toArray(CsfCatalogue.Criterion[]::new);
  }

  /**
   * The criterion sovai answers from facts, by framework identifier.
   *
   * @param code  a framework identifier such as {@code "SOV-2.2"}, may be null
   * @return the constant, or empty if sovai does not answer that criterion from facts
   */
  public static Optional<CsfCriterion> of(String code) {
    for (CsfCriterion c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** @return the finding criterion identifier, {@code "csf-sov-2.2"} */
  public String findingId() {
    return findingId;
  }
}
