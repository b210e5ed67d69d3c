package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.ref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.csf.CsfCatalogue;
import dev.sovai.model.operator.CsfDeclaration;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;

/**
 * Completes a site's CSF answers derived from facts with its operator's declared answers, so that every criterion of
 * the calculator's catalogue has an answer with its {@link CsfEvidence}: a derived answer wins where both exist (a
 * declared rung of other points or SEAL tag is a contradiction, reported as a failing finding naming both); a
 * declaration fills a criterion the facts leave unknown or do not speak to, if it holds for a date on or before the
 * scoring date; every other criterion is unknown.
 */
final class CsfDeclared {
  /** The criteria of the calculator's catalogue, in its order (the catalogue copies them when asked). */
  private static final List<CsfCatalogue.Criterion> CRITERIA = CsfCatalogue.calculator2026().criteria();
  /**
   * The answer to each criterion of the catalogue, in its order, that neither the facts nor the provider answer: the
   * same (immutable) answer at every site.
   */
  private static final List<CsfAnswer> NOT_ANSWERED = CRITERIA.stream()
      .map(c -> new CsfAnswer(c, CsfEvidence.UNKNOWN, OptionalInt.empty(), 0,
          "not answered by the landscape's facts, not declared by the provider", Optional.empty()))
      .toList();

  private final Facts facts;
  private final Site site;
  private final Optional<Operator> provider;

  CsfDeclared(Facts facts, Site site) {
    this.facts = facts;
    this.site = site;
    this.provider = site.operator().map(facts::operator);
  }

  /**
   * @param derived  the answers derived from facts, one per {@link dev.sovai.scoring.csf.CsfCriterion}
   * @param findings  receives the contradiction findings
   * @return one answer per catalogue criterion, in catalogue order
   */
  List<CsfAnswer> combine(List<CsfAnswer> derived, List<Finding> findings) {
    Map<String, CsfAnswer> byCode = new HashMap<>();
    derived.forEach(a -> byCode.put(a.criterion().code(), a));
    Map<String, CsfDeclaration> declared = new HashMap<>();
    provider.ifPresent(p -> p.csfDeclarations().forEach(d -> declared.put(d.criterion(), d)));
    List<CsfAnswer> out = new ArrayList<>(NOT_ANSWERED.size());
    for (int i = 0; i < CRITERIA.size(); i++) {
      CsfCatalogue.Criterion c = CRITERIA.get(i);
      CsfAnswer d = byCode.get(c.code());
      CsfDeclaration dec = declared.get(c.code());
      if (d != null && d.isAnswered()) {
        if (dec != null && contradicts(d, dec.declaredRung())) {
          findings.add(contradiction(d, dec));
        }
        out.add(d);
      } else if (dec != null && !dec.asOf().isAfter(facts.asOf)) {
        out.add(declared(c, dec, d));
      } else if (d != null) {
        out.add(d);
      } else if (dec != null) {
        out.add(new CsfAnswer(c, CsfEvidence.UNKNOWN, OptionalInt.empty(), 0,
            "declared for " + dec.asOf() + ", after " + facts.asOf, Optional.empty()));
      } else {
        out.add(NOT_ANSWERED.get(i));
      }
    }
    return out;
  }

  private static boolean contradicts(CsfAnswer derived, CsfCatalogue.Rung declared) {
    return derived.seal().getAsInt() != declared.seal() || Math.abs(derived.points() - declared.points()) > 1e-6;
  }

  private String providerId() {
    return site.operator().orElseThrow();
  }

  private CsfAnswer declared(CsfCatalogue.Criterion c, CsfDeclaration dec, CsfAnswer derivedUnknown) {
    CsfCatalogue.Rung r = dec.declaredRung();
    String text = "declared by " + providerId() + " for " + dec.asOf() + ": " + r.label();
    Finding f = finding("csf-" + c.code().toLowerCase(Locale.ROOT), Outcome.INFO, c.code() + " " + c.name() + ": " + text
        + " — SEAL " + r.seal() + ", " + points(r.points()) + "/" + points(c.maxPoints()) + " points (declared, not"
        + " checked against facts" + (derivedUnknown == null ? "" : "; from facts: unknown, " + derivedUnknown.rung())
        + ")" + (c.gates() ? "" : " (scores, does not gate)") + ".", List.of(ref(EntityKind.SITE, site.id()),
        ref(EntityKind.OPERATOR, providerId())), dec.sources());
    return new CsfAnswer(c, CsfEvidence.DECLARED, OptionalInt.of(r.seal()), r.points(), text, Optional.of(f));
  }

  private Finding contradiction(CsfAnswer derived, CsfDeclaration dec) {
    CsfCatalogue.Rung r = dec.declaredRung();
    CsfCatalogue.Criterion c = derived.criterion();
    List<String> sources = new ArrayList<>(site.sources());
    sources.addAll(dec.sources());
    return finding("csf-" + c.code().toLowerCase(Locale.ROOT) + "-declared", Outcome.FAIL, c.code() + " " + c.name()
        + ": " + providerId() + " declares \"" + r.label() + "\" (SEAL " + r.seal() + ", " + points(r.points())
        + " points, for " + dec.asOf() + "), the facts give \"" + derived.rung() + "\" (SEAL " + derived.seal().getAsInt()
        + ", " + points(derived.points()) + " points); the derived answer is scored.",
        List.of(ref(EntityKind.SITE, site.id()), ref(EntityKind.OPERATOR, providerId())), sources);
  }

  private static String points(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }

  /**
   * The site's evidence summary: how many criteria rest on each evidence level and which.
   *
   * @param view  the site's CSF view
   * @param site  the site
   * @return the {@code csf-evidence} finding, not null
   */
  static Finding evidence(CsfView view, Site site) {
    Map<CsfEvidence, List<String>> by = view.answers().stream().collect(Collectors.groupingBy(CsfAnswer::evidence,
        () -> new java.util.EnumMap<>(CsfEvidence.class), Collectors.mapping(a -> a.criterion().code(),
            Collectors.toList())));
    StringBuilder b = new StringBuilder("EU CSF evidence over the calculator's ").append(view.answers().size())
        .append(" criteria:");
    for (CsfEvidence e : CsfEvidence.values()) {
      List<String> codes = by.getOrDefault(e, List.of());
      b.append(e == CsfEvidence.DERIVED ? " " : "; ").append(codes.size()).append(' ')
          .append(e.name().toLowerCase(Locale.ROOT));
      if (!codes.isEmpty() && e != CsfEvidence.UNKNOWN) {
        b.append(" (").append(String.join(", ", codes)).append(')');
      }
    }
    view.pointsShares().entrySet().stream().findFirst().ifPresent(s -> b.append("; of the attainable weighted points ("
        + s.getKey() + "): ").append(shares(s.getValue())));
    return finding("csf-evidence", Outcome.INFO,
        b.append('.').toString(), List.of(ref(EntityKind.SITE, site.id())), site.sources());
  }

  private static String shares(Map<CsfEvidence, Double> shares) {
    StringBuilder b = new StringBuilder();
    shares.forEach((e, v) -> b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f %% ", v))
        .append(e.name().toLowerCase(Locale.ROOT)));
    return b.toString();
  }
}
