package dev.sovai.scoring.sovereignty;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

import dev.sovai.model.assessment.Finding;
import dev.sovai.scoring.lazy.Lazy;
import dev.sovai.scoring.lazy.LazyList;

/**
 * The findings of one result while it is scored, in order: findings already built and builders of findings whose
 * words are built only when the result is read ({@link #addLater}). Reading an element builds it. {@link #freeze}
 * gives the result's list, which builds its findings when it is first read.
 *
 * <p>Implementation Requirements: Not thread-safe; local use only, like {@link Evidence}.
 */
final class FindingList extends AbstractList<Finding> implements RandomAccess {
  private final List<Supplier<Finding>> entries = new ArrayList<>();

  /**
   * The unmodifiable list of some findings: built when first read if they are a {@code FindingList} (or already such a
   * list), else copied.
   */
  static List<Finding> freeze(List<Finding> findings) {
    if (findings instanceof FindingList f) {
      return LazyList.of(f.entries);
    }
    if (findings instanceof LazyList<Finding> l) {
      return l;
    }
    return List.copyOf(findings);
  }

  /**
   * Adds a finding built when a result that holds it is first read, or now if {@code eager}; built once, whichever of
   * the lists that hold it ({@link Evidence#addAll}, a view's own findings) is read first.
   */
  void addLater(boolean eager, Supplier<Finding> finding) {
    entries.add(Lazy.of(eager, finding));
  }

  /** Adds a finding held by a result part, built when the first of the lists or parts that hold it is read. */
  void addLater(Lazy<Finding> finding) {
    entries.add(finding);
    modCount++;
  }

  /** Inserts a finding built when first read, or now if {@code eager}. */
  void addLater(int index, boolean eager, Supplier<Finding> finding) {
    entries.add(index, Lazy.of(eager, finding));
    modCount++;
  }

  @Override
  public Finding get(int index) {
    Supplier<Finding> e = entries.get(index);
    if (e instanceof Lazy<Finding> l && l.isBuilt()) {
      return l.get();
    }
    Finding f = e.get();
    entries.set(index, Lazy.built(f));
    return f;
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public Finding set(int index, Finding finding) {
    Finding old = get(index);
    entries.set(index, Lazy.built(finding));
    return old;
  }

  @Override
  public void add(int index, Finding finding) {
    entries.add(index, Lazy.built(finding));
    modCount++;
  }

  @Override
  public Finding remove(int index) {
    Finding old = get(index);
    entries.remove(index);
    modCount++;
    return old;
  }

  /** Adds the findings of another list without building them. */
  @Override
  public boolean addAll(Collection<? extends Finding> c) {
    return addAll(size(), c);
  }

  /** Inserts the findings of another list without building them. */
  @Override
  public boolean addAll(int index, Collection<? extends Finding> c) {
    if (c instanceof FindingList other) {
      entries.addAll(index, other.entries);
      modCount++;
      return !other.entries.isEmpty();
    }
    return super.addAll(index, c);
  }
}
