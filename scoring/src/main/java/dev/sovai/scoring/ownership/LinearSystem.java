package dev.sovai.scoring.ownership;

/**
 * A square linear system {@code M x = b} factored once (LU with partial pivoting) and solved for any number of
 * right-hand sides: the exact flow of capital through a cyclic component of cross-holdings, where passing shares on
 * until they fade would take thousands of rounds (a clique of 300 operators each holding 1/300 of every other loses
 * only 1/300 of what circulates per round). Factoring costs n³/3 multiplications, each solve n².
 */
final class LinearSystem {
  private final int n;
  private final double[] lu;
  private final int[] pivot;

  private LinearSystem(int n, double[] lu, int[] pivot) {
    this.n = n;
    this.lu = lu;
    this.pivot = pivot;
  }

  /**
   * Factors a matrix.
   *
   * @param n  the order
   * @param m  the matrix, row-major, n × n; taken over (overwritten by the factors)
   * @return the factored system
   * @throws ArithmeticException if the matrix is singular
   */
  static LinearSystem factor(int n, double[] m) {
    int[] pivot = new int[n];
    for (int c = 0; c < n; c++) {
      int p = c;
      double best = Math.abs(m[c * n + c]);
      for (int r = c + 1; r < n; r++) {
        double v = Math.abs(m[r * n + c]);
        if (v > best) {
          best = v;
          p = r;
        }
      }
      if (best == 0.0) {
        throw new ArithmeticException("singular system at column " + c);
      }
      pivot[c] = p;
      if (p != c) {
        for (int j = 0; j < n; j++) {
          double t = m[c * n + j];
          m[c * n + j] = m[p * n + j];
          m[p * n + j] = t;
        }
      }
      double d = m[c * n + c];
      for (int r = c + 1; r < n; r++) {
        double f = m[r * n + c] / d;
        if (f != 0.0) {
          m[r * n + c] = f;
          for (int j = c + 1; j < n; j++) {
            m[r * n + j] -= f * m[c * n + j];
          }
        } else {
          m[r * n + c] = 0.0;
        }
      }
    }
    return new LinearSystem(n, m, pivot);
  }

  /** @return the order of the system */
  int order() {
    return n;
  }

  /**
   * Solves in place.
   *
   * @param b  the right-hand side, length n; replaced by the solution
   */
  void solve(double[] b) {
    for (int c = 0; c < n; c++) {
      int p = pivot[c];
      if (p != c) {
        double t = b[c];
        b[c] = b[p];
        b[p] = t;
      }
    }
    for (int r = 1; r < n; r++) {
      double s = b[r];
      for (int j = 0; j < r; j++) {
        s -= lu[r * n + j] * b[j];
      }
      b[r] = s;
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int j = r + 1; j < n; j++) {
        s -= lu[r * n + j] * b[j];
      }
      b[r] = s / lu[r * n + r];
    }
  }
}
