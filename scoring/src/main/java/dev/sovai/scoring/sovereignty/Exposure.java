package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Objects;

import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.jurisdiction.ReachRule;

/**
 * One path by which a foreign extraterritorial law reaches a site or an operator: the law (by enacting
 * jurisdiction and identifier), the role of the entity at the site, the entity in that role, the organisation the
 * law reaches directly (the entity itself, or one of its controllers for {@link ReachRule#CONTROLLED_FROM}), the
 * reach rule, the chain of entities (site → operator → controller → jurisdiction → law) and the sources used.
 *
 * @param jurisdiction  the enacting jurisdiction's code ({@code "US"}), not null
 * @param law  the law's identifier ({@code "us-cloud-act"}), not null
 * @param lawName  the law's name, not null
 * @param rule  the reach rule that applies to {@code entity}, not null
 * @param role  the entity's role at the site, or {@link Role#OPERATOR} for an operator assessed alone, not null
 * @param entity  the identifier of the organisation in that role, not null
 * @param reached  the identifier of the organisation the law reaches by its seat or operations, not null
 * @param chain  the entities from the subject to the law, not null
 * @param sources  identifiers of the sources of the facts used, not null
 */
public record Exposure(String jurisdiction, String law, String lawName, ReachRule rule, Role role, String entity,
    String reached, List<EntityRef> chain, List<String> sources) {
  /** Validates and copies the lists. */
  public Exposure {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(lawName, "lawName");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(reached, "reached");
    chain = List.copyOf(chain);
    sources = List.copyOf(sources);
  }

  /** @return {@code "US/us-cloud-act"}, the law's key as {@link dev.sovai.model.assessment.EntityKind#LAW} ids are written */
  public String lawKey() {
    return jurisdiction + "/" + law;
  }

  /** @return the chain in words: {@code site:x → operated by operator:y → …} */
  public String chainText() {
    StringBuilder b = new StringBuilder();
    for (EntityRef r : chain) {
      if (b.length() > 0) {
        b.append(" → ");
      }
      b.append(r);
    }
    return b.toString();
  }
}
