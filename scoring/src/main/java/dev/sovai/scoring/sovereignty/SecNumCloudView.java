package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Objects;

import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;

/**
 * ANSSI SecNumCloud 3.2 §19.6 a, b, c and e for one provider; d and f are not assessed (see below).
 *
 * <p>§19.6 a: registered office, central administration and principal establishment all in the trusted bloc.
 * §19.6 b: share capital <em>and</em> voting rights not held, directly or indirectly, by entities seated outside the
 * bloc individually at more than 24 % nor collectively at more than 39 % (strictly "more than"), and no such entity
 * with a veto or the right to appoint a board majority. Indirect holdings are looked through to the first entity
 * seated outside the bloc (or of unknown seat) on each chain.
 *
 * <p>§19.6 c: a third party used by the provider, subcontractors included, seated outside the bloc or owned or
 * controlled from outside it, must not have the technical ability to obtain the data. At a site the third parties
 * are the other organisations the landscape records there: the operator (runs the hardware) and the access gateway
 * (controls commercial access), both taken as able to obtain the data, and the facility owners, whose technical access
 * is not recorded (one outside the bloc makes the clause unknown). Other subcontractors are not in the format: a pass
 * covers the recorded parties only. Without a site the clause is {@link Outcome#NOT_APPLICABLE}.
 * §19.6 e: links with a foreign government or public body "may be taken into account": the recorded state links
 * outside the bloc of the provider, of its direct and indirect holders and of the site's third parties are listed in
 * an INFO finding and do not set the outcome. §19.6 d (continuous operating autonomy, or a SecNumCloud-qualified
 * third party) and f (informing the customer within one month of a change) need facts the format does not have
 * (the provider's contracts and processes) and are not assessed, so a pass here never covers them.
 *
 * <p>Headrooms are {@code threshold − share} in fractions, the smaller of capital and votes (negative when breached);
 * unknown, with bounds, when holders of unknown seat could be outside the bloc ({@link Headroom}).
 *
 * @param provider  the operator assessed, not null
 * @param seat  the outcome of §19.6 a, not null
 * @param ownership  the outcome of §19.6 b, not null
 * @param thirdParties  the outcome of §19.6 c, {@link Outcome#NOT_APPLICABLE} without a site, not null
 * @param outcome  the overall outcome over a, b and c (fail if any fails, else unknown if any is unknown), not null
 * @param binding  the fact that decides the outcome of §19.6 b, in words, not null
 * @param largestOutside  the largest share held by one entity outside the bloc, the larger of capital and votes
 * @param totalOutside  the share held by entities outside the bloc together, the larger of capital and votes
 * @param unknownShare  the share whose holder's seat is unknown (or unlisted), the larger of capital and votes
 * @param individualHeadroom  {@code individual threshold − largestOutside}; unknown if a single holder of unknown seat
 *     holds more than {@code largestOutside}, not null
 * @param collectiveHeadroom  {@code collective threshold − totalOutside}; unknown if any share's holder has an unknown
 *     seat or is unlisted, not null
 * @param foreignStateLinks  the §19.6 e links with a state outside the bloc, in words ({@code "g42: funding by AE"}),
 *     sorted, not null
 * @param findings  the findings for §19.6 a, b, c (at a site) and e, not null
 */
public record SecNumCloudView(String provider, Outcome seat, Outcome ownership, Outcome thirdParties,
    Outcome outcome, String binding, double largestOutside, double totalOutside, double unknownShare,
    Headroom individualHeadroom, Headroom collectiveHeadroom, List<String> foreignStateLinks, List<Finding> findings) {
  /** Validates and copies the findings. */
  public SecNumCloudView {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(seat, "seat");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(thirdParties, "thirdParties");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(individualHeadroom, "individualHeadroom");
    Objects.requireNonNull(collectiveHeadroom, "collectiveHeadroom");
    foreignStateLinks = List.copyOf(foreignStateLinks);
    findings = List.copyOf(findings);
  }
}
