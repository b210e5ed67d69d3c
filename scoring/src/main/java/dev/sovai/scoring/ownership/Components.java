package dev.sovai.scoring.ownership;

import java.util.Arrays;

/**
 * Strongly connected components of a directed graph in compressed adjacency form (Tarjan's algorithm, iterative so
 * that long chains do not exhaust the stack). Components are numbered in the order Tarjan completes them: every
 * edge leads to a component with the same or a smaller number (sinks first). Linear in nodes plus edges.
 */
final class Components {
  /** The component number of each node. */
  final int[] component;
  /** The number of components. */
  final int count;
  /** The members of component {@code k} are {@code members[first[k] .. first[k+1])}, in increasing node order. */
  final int[] first;
  /** The nodes grouped by component. */
  final int[] members;
  /** The place of each node in {@link #members}, minus the first place of its component: its index in it. */
  final int[] position;

  private Components(int[] component, int count) {
    this.component = component;
    this.count = count;
    int n = component.length;
    first = new int[count + 1];
    for (int u = 0; u < n; u++) {
      first[component[u] + 1]++;
    }
    for (int k = 0; k < count; k++) {
      first[k + 1] += first[k];
    }
    members = new int[n];
    position = new int[n];
    int[] fill = Arrays.copyOf(first, count);
    for (int u = 0; u < n; u++) {
      int k = component[u];
      position[u] = fill[k] - first[k];
      members[fill[k]++] = u;
    }
  }

  /**
   * @param k  a component
   * @return its number of members
   */
  int size(int k) {
    return first[k + 1] - first[k];
  }

  /**
   * Finds the components of the graph whose edges from node {@code u} are {@code target[start[u] .. start[u+1])}
   * and for which {@code keep[e]} is true (all edges if {@code keep} is null).
   */
  static Components of(int n, int[] start, int[] target, boolean[] keep) {
    int[] index = new int[n];
    int[] low = new int[n];
    int[] comp = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int sp = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int next = 0;
    int count = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = start[root];
      index[root] = low[root] = next++;
      stack[sp++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int u = callNode[depth];
        int e = callEdge[depth];
        if (e < start[u + 1]) {
          callEdge[depth] = e + 1;
          if (keep != null && !keep[e]) {
            continue;
          }
          int v = target[e];
          if (index[v] < 0) {
            index[v] = low[v] = next++;
            stack[sp++] = v;
            onStack[v] = true;
            depth++;
            callNode[depth] = v;
            callEdge[depth] = start[v];
          } else if (onStack[v]) {
            low[u] = Math.min(low[u], index[v]);
          }
        } else {
          if (low[u] == index[u]) {
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              comp[w] = count;
            } while (w != u);
            count++;
          }
          depth--;
          if (depth >= 0) {
            int parent = callNode[depth];
            low[parent] = Math.min(low[parent], low[u]);
          }
        }
      }
    }
    return new Components(comp, count);
  }
}
