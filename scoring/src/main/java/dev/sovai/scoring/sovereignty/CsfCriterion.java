package dev.sovai.scoring.sovereignty;

/**
 * The criteria of the EU Cloud Sovereignty Framework that a landscape's facts can answer, with their maximum points
 * in the June 2026 calculator and whether they gate the SEAL floor. Rungs (points; SEAL tag) are those transcribed
 * from the official calculator (SUSE/csf-self-assessment, flavienbwk/cloud-sovereignty-score); where the sources
 * disagree or give no points, the Javadoc says what is used. The other criteria (keys, logs, portability …) are
 * outside the landscape's facts and not assessed.
 *
 * <p>Non-gating criteria follow the Implementation Guidance's "lessons learnt" (p. 13, as read by SUSE): SOV-3.5 and
 * SOV-6.5 (chip-origin criteria) and SOV-5.2 score but do not set the floor.
 */
public enum CsfCriterion {
  /**
   * SOV-1.1 EU/EEA legal entity control: entirely outside (0; SEAL 1), mostly outside (41.67; 1), mostly within
   * (83.34; 3), entirely within (125; 4). Answered from the provider's ultimate controllers and integrated ownership.
   */
  SOV_1_1(CsfObjective.SOV_1, "SOV-1.1", "EU/EEA legal entity control", 125, true),
  /**
   * SOV-1.8 Resilience to cut-off: immediate shutdown (0; 0), delayed stop (31.25; 0), temporary contractual
   * continuity (62.5; 2), can re-source or internalise (93.75; 2), full autonomy (125; 4). Answered from the cut-off
   * risk: presumption of denial → immediate shutdown; capped → delayed stop; licence required → temporary
   * continuity; none but foreign accelerators → can re-source; none and no foreign dependency → full autonomy.
   */
  SOV_1_8(CsfObjective.SOV_1, "SOV-1.8", "Resilience to cut-off", 125, true),
  /**
   * SOV-2.2 Extraterritorial laws: fully exposed (0; 1), mitigation clauses (41.75; 1), EU subsidiary with
   * contractual protections (83.5; 1), legal structures shielding (125.25; 2), verified legal immunity (167; 4).
   * Exposure through operator, owner or gateway → fully exposed; through tenants only → mitigation clauses; no
   * foreign law reaches and every seat is known → structural immunity (167; 4).
   */
  SOV_2_2(CsfObjective.SOV_2, "SOV-2.2", "Extraterritorial laws", 167, true),
  /**
   * SOV-2.4 Export-control restrictions: restrictions towards the Member State (0; 0), towards EU citizens or
   * organisations (41.75; 1), … offer cannot be exposed to restrictions towards EU Member States (125.25; 3), nor
   * towards international organisations (167; 4). Destination restricted → (0; 0); restriction through the buyer's
   * parent only → (41.75; 1); accelerators under a foreign regime but no restriction → (125.25; 3); none → (167; 4).
   */
  SOV_2_4(CsfObjective.SOV_2, "SOV-2.4", "Export-control restrictions", 167, true),
  /**
   * SOV-3.4 Data location: unknown or third countries (0; 0), EU by default with tightly controlled exceptions
   * (150; 1), all data exclusively in the EU with no third-country fallback (200; 4). From the site's data locations.
   */
  SOV_3_4(CsfObjective.SOV_3, "SOV-3.4", "Data location", 200, true),
  /**
   * SOV-3.5 AI services: black-box AI on restricted chips (0; 2), EU-led AI on foreign accelerators (150; 3),
   * EU-origin models and chips (200; 4). From the fleet's vendors, fabs and cut-off level. Not gating.
   */
  SOV_3_5(CsfObjective.SOV_3, "SOV-3.5", "AI services", 200, false),
  /**
   * SOV-4.4 Support channels and staff: majority non-EU (SEAL 1), all EU (SEAL 3), all EU with clearance (SEAL 4).
   * From the site's administration and support locations; clearance is not in the model, so at most SEAL 3. The
   * calculator's points for these rungs were not transcribed: {@code 167 × SEAL / 4} is used.
   */
  SOV_4_4(CsfObjective.SOV_4, "SOV-4.4", "Support channels and staff", 167, true),
  /**
   * SOV-5.2 Manufacturing location: fully foreign black box (0; 1) … exclusively designed and built in the EU
   * (143; 4). From the accelerators' fab jurisdictions. Not gating.
   */
  SOV_5_2(CsfObjective.SOV_5, "SOV-5.2", "Manufacturing location", 143, false),
  /**
   * SOV-6.5 HPC sovereignty: imported black box (0; 0), EU-hosted foreign stack (50; 3), EU processor IP with
   * non-EU fabs (150; 3), EU design, fab and operation (200; 4). From the vendors' seats, fabs and the site. Not gating.
   */
  SOV_6_5(CsfObjective.SOV_6, "SOV-6.5", "HPC sovereignty", 200, false),
  /**
   * SOV-7.1 Security certification level. The transcriptions disagree on the middle rungs; used here: SecNumCloud or
   * EUCS valid on the date → SEAL 4; BSI C5 → 3; ISO/IEC 27001 → 2; no certification listed → unknown; points
   * {@code 143 × SEAL / 4}.
   */
  SOV_7_1(CsfObjective.SOV_7, "SOV-7.1", "Security certification level", 143, true),
  /**
   * SOV-8.1 Energy efficiency: PUE ≥ 3 (0; 1), PUE &lt; 3 (62.5; 1), PUE &lt; 1.5 with roadmap (125; 4), PUE &lt; 1.3
   * (187.5; 4), PUE &lt; 1.2 EU-verified (250; 4). Verification is not in the model: a PUE below 1.2 earns the
   * &lt; 1.3 rung.
   */
  SOV_8_1(CsfObjective.SOV_8, "SOV-8.1", "Energy efficiency (PUE)", 250, true);

  private final CsfObjective objective;
  private final String code;
  private final String title;
  private final double maxPoints;
  private final boolean gates;

  CsfCriterion(CsfObjective objective, String code, String title, double maxPoints, boolean gates) {
    this.objective = objective;
    this.code = code;
    this.title = title;
    this.maxPoints = maxPoints;
    this.gates = gates;
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

  /** @return the finding criterion identifier, {@code "csf-sov-2.2"} */
  public String findingId() {
    return "csf-" + code.toLowerCase(java.util.Locale.ROOT);
  }
}
