package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Objects;

import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;

/**
 * ANSSI SecNumCloud 3.2 §19.6 a–b for one provider.
 *
 * <p>§19.6 a: registered office, central administration and principal establishment all in the trusted bloc.
 * §19.6 b: share capital <em>and</em> voting rights not held, directly or indirectly, by entities seated outside the
 * bloc individually at more than 24 % nor collectively at more than 39 % (strictly "more than"), and no such entity
 * with a veto or the right to appoint a board majority. Indirect holdings are looked through to the first entity
 * seated outside the bloc (or of unknown seat) on each chain.
 *
 * <p>Headrooms are {@code threshold − share} in fractions, the smaller of capital and votes (negative when breached);
 * unknown, with bounds, when holders of unknown seat could be outside the bloc ({@link Headroom}).
 *
 * @param provider  the operator assessed, not null
 * @param seat  the outcome of §19.6 a, not null
 * @param ownership  the outcome of §19.6 b, not null
 * @param outcome  the overall outcome (fail if either fails, unknown if either is unknown), not null
 * @param binding  the fact that decides the outcome, in words, not null
 * @param largestOutside  the largest share held by one entity outside the bloc, the larger of capital and votes
 * @param totalOutside  the share held by entities outside the bloc together, the larger of capital and votes
 * @param unknownShare  the share whose holder's seat is unknown (or unlisted), the larger of capital and votes
 * @param individualHeadroom  {@code individual threshold − largestOutside}; unknown if a single holder of unknown seat
 *     holds more than {@code largestOutside}, not null
 * @param collectiveHeadroom  {@code collective threshold − totalOutside}; unknown if any share's holder has an unknown
 *     seat or is unlisted, not null
 * @param findings  the findings for §19.6 a and b, not null
 */
public record SecNumCloudView(String provider, Outcome seat, Outcome ownership, Outcome outcome, String binding,
    double largestOutside, double totalOutside, double unknownShare, Headroom individualHeadroom,
    Headroom collectiveHeadroom, List<Finding> findings) {
  /** Validates and copies the findings. */
  public SecNumCloudView {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(seat, "seat");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(individualHeadroom, "individualHeadroom");
    Objects.requireNonNull(collectiveHeadroom, "collectiveHeadroom");
    findings = List.copyOf(findings);
  }
}
