package dev.sovai.scoring.csf;

/**
 * The eight sovereignty objectives of the European Commission Cloud Sovereignty Framework (DG DIGIT, v1.2.1,
 * October 2025; unchanged in the Implementation Guidance and calculator of 1 June 2026).
 */
public enum CsfObjective {
  /** SOV-1 Strategic Sovereignty: anchoring in the EU legal, financial and industrial ecosystem. */
  SOV_1("Strategic Sovereignty"),
  /** SOV-2 Legal &amp; Jurisdictional Sovereignty: exposure to foreign authority. */
  SOV_2("Legal & Jurisdictional Sovereignty"),
  /** SOV-3 Data &amp; AI Sovereignty: where data is processed, control of AI services. */
  SOV_3("Data & AI Sovereignty"),
  /** SOV-4 Operational Sovereignty: running and supporting the service without foreign control. */
  SOV_4("Operational Sovereignty"),
  /** SOV-5 Supply Chain Sovereignty: origin and resilience of hardware, firmware, software. */
  SOV_5("Supply Chain Sovereignty"),
  /** SOV-6 Technology Sovereignty: openness and independence of the stack, HPC sovereignty. */
  SOV_6("Technology Sovereignty"),
  /** SOV-7 Security &amp; Compliance Sovereignty: security operations and compliance within the EU. */
  SOV_7("Security & Compliance Sovereignty"),
  /** SOV-8 Environmental Sustainability: energy use, dependency, raw materials. */
  SOV_8("Environmental Sustainability");

  private static final CsfObjective[] VALUES = values();

  private final String title;

  CsfObjective(String title) {
    this.title = title;
  }

  /** @return the official name, not null */
  public String title() {
    return title;
  }

  /**
   * The objective a catalogue criterion belongs to.
   *
   * @param criterion  a criterion of the calculator's catalogue, not null
   * @return its objective, not null
   */
  public static CsfObjective of(dev.sovai.model.csf.CsfCatalogue.Criterion criterion) {
    String criterionCode = criterion.code();   // "SOV-1.1": asked for every answer of every site, so no copy
    if (criterionCode.length() > 5 && criterionCode.startsWith("SOV-") && criterionCode.charAt(5) == '.') {
      int k = criterionCode.charAt(4) - '1';
      if (k >= 0 && k < VALUES.length) {
        return VALUES[k];
      }
    }
    String code = criterion.objective();   // "SOV-1" … "SOV-8"
    int n = code.length() == 5 && code.startsWith("SOV-") ? code.charAt(4) - '1' : -1;
    if (n < 0 || n >= VALUES.length) {
      throw new IllegalArgumentException("not an objective of the framework: " + code);
    }
    return VALUES[n];
  }


  /** @return the framework identifier, {@code "SOV-1"} … {@code "SOV-8"} */
  public String code() {
    return name().replace('_', '-');
  }
}
