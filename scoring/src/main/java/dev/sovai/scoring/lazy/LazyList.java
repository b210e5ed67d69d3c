package dev.sovai.scoring.lazy;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose elements are built the first time the list is read (all at once, then kept): a
 * result's findings or gaps, whose number is decided while scoring and whose words are built when asked for. Its
 * size is known without building anything.
 *
 * <p>Implementation Requirements: This class is immutable in behaviour and thread-safe (see {@link Lazy}): every
 * reader sees the same elements, built once.
 *
 * @param <T>  the type of the elements
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final Lazy<List<T>> elements;

  private LazyList(List<? extends Supplier<? extends T>> builders) {
    List<Supplier<? extends T>> copy = List.copyOf(builders);
    this.size = copy.size();
    this.elements = Lazy.of(() -> {
      List<T> built = new ArrayList<>(copy.size());
      for (Supplier<? extends T> b : copy) {
        built.add(Objects.requireNonNull(b.get(), "a lazy list's builder returned null"));
      }
      return List.copyOf(built);
    });
  }

  /**
   * Obtains a list of the values the builders build, built when the list is first read.
   *
   * @param <T>  the type of the elements
   * @param builders  one builder per element, in order (copied), not null; each must not return null
   * @return the list, not null
   */
  public static <T> LazyList<T> of(List<? extends Supplier<? extends T>> builders) {
    return new LazyList<>(Objects.requireNonNull(builders, "builders"));
  }

  /**
   * Returns an element, building every element on the first call.
   *
   * @param index  the index, in [0, size)
   * @return the element, not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  @Override
  public T get(int index) {
    Objects.checkIndex(index, size);
    return elements.get().get(index);
  }

  /** @return the number of elements, known without building them, ≥ 0 */
  @Override
  public int size() {
    return size;
  }
}
