package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;

/** A small hand-made reference landscape: jurisdictions with their laws, vendors and accelerators. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);

  private Fixtures() {}

  static Jurisdiction eu(String code, String name) {
    return Jurisdiction.builder().code(code).name(name).addBlocs("EU", "EEA").build();
  }

  static Jurisdiction other(String code, String name) {
    return Jurisdiction.builder().code(code).name(name).build();
  }

  static Landscape.Builder base() {
    Jurisdiction us = Jurisdiction.builder().code("US").name("United States")
        .addLaws(ExtraterritorialLaw.builder().id("us-cloud-act").name("CLOUD Act")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.CONTROLLED_FROM, ReachRule.OPERATIONS_IN)
            .effectiveFrom(PartialDate.parse("2018-03-23")).addSources("ref-cloud-act").build())
        .addLaws(ExtraterritorialLaw.builder().id("us-fisa-702").name("FISA Section 702")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.OPERATIONS_IN)
            .effectiveUntil(PartialDate.parse("2026-06")).addSources("ref-fisa").build())
        .build();
    Jurisdiction cn = Jurisdiction.builder().code("CN").name("China")
        .addLaws(ExtraterritorialLaw.builder().id("cn-nil-art7").name("National Intelligence Law art. 7")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.CONTROLLED_FROM)
            .effectiveFrom(PartialDate.parse("2017-06")).addSources("ref-nil").build())
        .build();
    return Landscape.builder().asOf(AS_OF)
        .addJurisdictions(us, cn, eu("PT", "Portugal"), eu("FR", "France"), eu("DE", "Germany"), eu("NL", "Netherlands"),
            eu("IE", "Ireland"), other("GB", "United Kingdom"), other("AE", "United Arab Emirates"),
            other("TW", "Taiwan"), other("AU", "Australia"),
            Jurisdiction.builder().code("NO").name("Norway").addBlocs("EEA", "EFTA").build())
        .addSources(src("ref-cloud-act"), src("ref-fisa"), src("ref-nil"), src("ref-nvidia"), src("seed-000"),
            src("seed-004"))
        .addOperators(company("nvidia", "US", OperatorKind.CHIP_VENDOR), company("tsmc", "TW", OperatorKind.CHIP_VENDOR))
        .addAccelerators(Accelerator.builder().id("nvidia-gb300").vendor("nvidia").model("GB300 (one GPU)")
                .denseBf16Tflops(2500).h100Equivalent(2.5).addFabJurisdictions("TW").addSources("ref-nvidia").build(),
            Accelerator.builder().id("nvidia-h200-sxm").vendor("nvidia").model("H200 SXM")
                .denseBf16Tflops(989).denseFp8Tflops(1979).h100Equivalent(1.0).addFabJurisdictions("TW")
                .addSources("ref-nvidia").build());
  }

  static Source src(String id) {
    return Source.builder().id(id).title("source " + id).build();
  }

  /** A company seated in one place; one with no listed stakes is taken as widely held (free float). */
  static Operator company(String id, String seat, OperatorKind kind, Stake... stakes) {
    return Operator.builder().id(id).name(id).kind(kind).seat(seat).centralAdministration(seat)
        .mainEstablishment(seat).addStakes(stakes).remainder(stakes.length == 0 ? Remainder.FREE_FLOAT : Remainder.UNKNOWN)
        .build();
  }

  static Operator company(String id, String seat, Set<String> operationsIn, Stake... stakes) {
    return Operator.builder().from(company(id, seat, OperatorKind.OTHER, stakes)).operationsIn(operationsIn).build();
  }

  static List<String> laws(SiteSovereignty r) {
    return List.copyOf(r.laws());
  }
}
