package dev.sovai.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.sovai.model.PartialDate;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * Whole landscapes of the shapes of control that once made the scorers quadratic, for the scorers' regression tests
 * and benchmarks:
 * operators {@code op-i} seated in the US (odd i, under a CLOUD Act that reaches by incorporation and control) and
 * France (even i), and a site {@code s-i} in France operated by {@code op-i} for every tenth i, with 100 H100s.
 */
public final class ControlShapes {
  /** The date of the landscapes. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);

  private ControlShapes() {}

  /**
   * A ring: {@code op-i} holds 60 % of {@code op-(i+1)}, so every member controls the next and the ring is one
   * strongly connected component of control whose members are each other's ultimate controllers.
   *
   * @param n  the number of operators, at least 2
   * @return the landscape, not null
   */
  public static Landscape ring(int n) {
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(op(i, Stake.of("op-" + ((i - 1 + n) % n), 0.6)));
    }
    return landscape(ops);
  }

  /**
   * A clique: every operator holds 1/n of every other (no one controls anyone; look-through is what it stresses).
   *
   * @param n  the number of operators
   * @return the landscape, not null
   */
  public static Landscape clique(int n) {
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Stake> stakes = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j != i) {
          stakes.add(Stake.of("op-" + j, 1.0 / n));
        }
      }
      ops.add(op(i, stakes.toArray(new Stake[0])));
    }
    return landscape(ops);
  }

  /**
   * A chain: {@code op-i} holds all of {@code op-(i+1)}; {@code op-0} is the ultimate controller of every operator.
   *
   * @param n  the number of operators
   * @return the landscape, not null
   */
  public static Landscape chain(int n) {
    List<Operator> ops = new ArrayList<>();
    ops.add(op(0));
    for (int i = 1; i < n; i++) {
      ops.add(op(i, Stake.of("op-" + (i - 1), 1.0)));
    }
    return landscape(ops);
  }

  private static Operator op(int i, Stake... stakes) {
    String seat = i % 2 == 1 ? "US" : "FR";
    return Operator.builder().id("op-" + i).name("Operator " + i).kind(OperatorKind.OTHER).seat(seat)
        .centralAdministration(seat).mainEstablishment(seat).addStakes(stakes)
        .remainder(stakes.length == 0 ? Remainder.FREE_FLOAT : Remainder.UNKNOWN).build();
  }

  private static Landscape landscape(List<Operator> ops) {
    Jurisdiction us = Jurisdiction.builder().code("US").name("United States")
        .addLaws(ExtraterritorialLaw.builder().id("us-cloud-act").name("CLOUD Act")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.CONTROLLED_FROM)
            .effectiveFrom(PartialDate.parse("2018-03-23")).build())
        .build();
    Landscape.Builder b = Landscape.builder().asOf(AS_OF)
        .addJurisdictions(us, Jurisdiction.builder().code("FR").name("France").addBlocs("EU", "EEA").build(),
            Jurisdiction.builder().code("TW").name("Taiwan").build())
        .addOperators(Operator.builder().id("nvidia").name("NVIDIA").kind(OperatorKind.CHIP_VENDOR).seat("US")
            .remainder(Remainder.FREE_FLOAT).build())
        .addAllOperators(ops)
        .addAccelerators(Accelerator.builder().id("nvidia-h100-sxm").vendor("nvidia").model("H100 SXM")
            .denseBf16Tflops(989).denseFp8Tflops(1979).h100Equivalent(1.0).addFabJurisdictions("TW").build());
    for (int i = 0; i < ops.size(); i += 10) {
      b.addSites(Site.builder().id("s-" + i).name("Site " + i).jurisdiction("FR").operator("op-" + i)
          .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("nvidia-h100-sxm", 100)).itCapacityMw(1).build());
    }
    return b.build();
  }
}
