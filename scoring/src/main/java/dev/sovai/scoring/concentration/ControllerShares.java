package dev.sovai.scoring.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlGroup;
import dev.sovai.scoring.ownership.ControlKind;
import dev.sovai.scoring.ownership.ControlLink;

/**
 * How one operator's capacity is attributed to its ultimate controllers (from the ownership look-through): each
 * controller with a fraction summing to 1. Sole control gives everything to the one controller; joint control
 * splits by the product of voting shares along each controller's chain (equally if those are all zero), and
 * flags the split; a ring of mutual control splits equally and is flagged; an operator nobody controls is its
 * own controller, flagged as undetermined when unlisted holders could control it.
 *
 * <p>Except for joint control (whose split depends on each operator's chains), the controllers, fractions and seats
 * depend only on the operator's {@link ControlGroup}, and operators of one group share them (and {@link #group}): the
 * members of a ring of n operators share one set of n shares instead of n.
 */
final class ControllerShares {
  final String operator;
  /** What operators with the same controllers, fractions and seats share: their group, or this for joint control. */
  final Object group;
  final String[] controllers;
  final double[] fractions;
  final boolean split;
  final boolean undetermined;
  final List<List<ControlLink>> chains;
  /** The country of each controller's seat, null where unknown. */
  final String[] seats;

  private ControllerShares(String operator, Object group, String[] controllers, double[] fractions, boolean split,
      boolean undetermined, List<List<ControlLink>> chains, String[] seats) {
    this.operator = operator;
    this.group = group == null ? this : group;
    this.controllers = controllers;
    this.fractions = fractions;
    this.split = split;
    this.undetermined = undetermined;
    this.chains = chains;
    this.seats = seats;
  }

  /**
   * @param control  the operator's control, not null
   * @param analysis  the engine (seats), not null
   * @param shared  the shares of an operator of the same group, if known (null otherwise)
   */
  static ControllerShares of(Control control, LandscapeConcentration analysis, ControllerShares shared) {
    boolean undetermined = !control.isDetermined() && control.kind() == ControlKind.NONE;
    if (shared != null && control.kind() != ControlKind.JOINT) {
      return new ControllerShares(control.operator(), shared.group, shared.controllers, shared.fractions, shared.split,
          undetermined, control.chains(), shared.seats);
    }
    List<String> cs = control.controllers();
    int n = cs.size();
    String[] ids = cs.toArray(new String[0]);
    double[] f = new double[n];
    if (n == 1) {
      f[0] = 1.0;
    } else {
      double sum = 0.0;
      if (control.kind() == ControlKind.JOINT) {
        for (int i = 0; i < n; i++) {
          double p = 1.0;
          for (ControlLink l : control.chains().get(i)) {
            p *= l.votingShare();
          }
          f[i] = p;
          sum += p;
        }
      }
      for (int i = 0; i < n; i++) {
        f[i] = sum > 0.0 ? f[i] / sum : 1.0 / n;
      }
    }
    String[] seats = new String[n];
    for (int i = 0; i < n; i++) {
      seats[i] = analysis.seatCountry(ids[i]);
    }
    return new ControllerShares(control.operator(), control.kind() == ControlKind.JOINT ? null : control.group(), ids, f,
        n > 1, undetermined, control.chains(), seats);
  }

  /**
   * The chain from a site through this operator to one of its controllers, for findings.
   *
   * @param siteId  the site, not null
   * @param controller  one of the controllers, not null
   * @return the chain, site first, not null
   */
  List<EntityRef> chain(String siteId, String controller) {
    List<EntityRef> out = new ArrayList<>();
    out.add(EntityRef.of(EntityKind.SITE, siteId));
    out.add(EntityRef.via("operated by", EntityKind.OPERATOR, operator));
    for (int i = 0; i < controllers.length; i++) {
      if (controllers[i].equals(controller)) {
        for (ControlLink l : chains.get(i)) {
          out.add(EntityRef.via("controlled by (" + l.basis().name().toLowerCase(Locale.ROOT) + ", "
              + Math.round(l.votingShare() * 1000) / 10.0 + " % of votes)", EntityKind.OPERATOR, l.controller()));
        }
      }
    }
    return out;
  }
}
