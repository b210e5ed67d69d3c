package dev.sovai.scoring.sovereignty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;

/** Collects the findings, the facts needed and known, and the gaps of one result. Not thread-safe; local use only. */
final class Evidence {
  /** The findings: built ones, and builders of those built when the result is read ({@link FindingList#addLater}). */
  final FindingList findings = new FindingList();
  private final Map<GapKey, Gap> gaps = new LinkedHashMap<>();
  private int needed;
  private int known;

  void need(boolean isKnown) {
    needed++;
    if (isKnown) {
      known++;
    }
  }

  void gap(EntityKind kind, String id, String field, GapTreatment treatment, String detail) {
    gaps.computeIfAbsent(new GapKey(kind, id, field, detail), k -> Gap.builder().subject(EntityRef.of(kind, id))
        .field(field).treatment(treatment).detail(detail).build());
  }

  /** What makes two gaps the same: the first one recorded is kept. */
  private record GapKey(EntityKind kind, String id, String field, String detail) {}

  void addAll(Evidence other) {
    findings.addAll(other.findings);
    other.gaps.forEach(gaps::putIfAbsent);
    needed += other.needed;
    known += other.known;
  }

  List<Gap> gaps() {
    return List.copyOf(gaps.values());
  }

  Coverage coverage() {
    return Coverage.builder().needed(needed).known(known).gaps(gaps.values()).build();
  }
}
