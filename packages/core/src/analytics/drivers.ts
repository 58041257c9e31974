/**
 * Key-driver analysis by Shapley decomposition of R² (a.k.a. dominance analysis / LMG): each predictor's
 * importance is its average gain in R² over every order in which predictors could enter the regression.
 * Unlike regression coefficients, it stays meaningful when predictors are collinear — which survey
 * questions about the same experience always are — and the importances add up to the model's R².
 */

export interface DriverInput {
  /** One row per respondent: the outcome and each predictor, all answered (rows with gaps are dropped). */
  outcome: (number | null | undefined)[];
  predictors: { id: string; values: (number | null | undefined)[] }[];
}

export interface DriverResult {
  n: number;
  r2: number;
  drivers: { id: string; shapley: number; share: number; mean: number }[];
}

export const MAX_DRIVERS = 12;

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function correlationMatrix(columns: number[][]): number[][] {
  const means = columns.map(mean);
  const deviations = columns.map((c, i) => c.map((v) => v - (means[i] as number)));
  const norms = deviations.map((d) => Math.sqrt(d.reduce((a, b) => a + b * b, 0)));
  return deviations.map((a, i) =>
    deviations.map((b, j) => {
      const denominator = (norms[i] as number) * (norms[j] as number);
      if (denominator === 0) return i === j ? 1 : 0;
      let sum = 0;
      for (let k = 0; k < a.length; k++) sum += (a[k] as number) * (b[k] as number);
      return sum / denominator;
    }),
  );
}

/** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]?.[col] as number) > Math.abs(m[pivot]?.[col] as number)) pivot = r;
    if (Math.abs(m[pivot]?.[col] as number) < 1e-10) return null;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const row = m[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const other = m[r] as number[];
      const factor = (other[col] as number) / (row[col] as number);
      for (let c = col; c <= n; c++) other[c] = (other[c] as number) - factor * (row[c] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** R² of regressing the outcome on a subset of predictors, from the correlation matrix. */
function rSquared(corr: number[][], subset: number[]): number {
  if (subset.length === 0) return 0;
  const rxx = subset.map((i) => subset.map((j) => corr[i + 1]?.[j + 1] as number));
  const rxy = subset.map((i) => corr[0]?.[i + 1] as number);
  let beta = solve(rxx, rxy);
  if (!beta) {
    // Perfectly collinear predictors: a tiny ridge keeps the answer defined (and equal shares).
    beta = solve(
      rxx.map((row, i) => row.map((v, j) => (i === j ? v + 1e-6 : v))),
      rxy,
    );
  }
  if (!beta) return 0;
  return Math.max(
    0,
    Math.min(
      1,
      beta.reduce((sum, b, i) => sum + b * (rxy[i] as number), 0),
    ),
  );
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

export function analyseDrivers(input: DriverInput): DriverResult {
  const k = input.predictors.length;
  if (k === 0) return { n: 0, r2: 0, drivers: [] };
  if (k > MAX_DRIVERS)
    throw new RangeError(`At most ${MAX_DRIVERS} drivers at once (2^k regressions); got ${k}`);
  // Listwise deletion: only respondents who answered the outcome and every predictor.
  const rows: number[][] = [];
  for (let r = 0; r < input.outcome.length; r++) {
    const values = [input.outcome[r], ...input.predictors.map((p) => p.values[r])];
    if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) rows.push(values as number[]);
  }
  const n = rows.length;
  if (n < k + 2) {
    return {
      n,
      r2: 0,
      drivers: input.predictors.map((p) => ({ id: p.id, shapley: 0, share: 0, mean: Number.NaN })),
    };
  }
  const columns = Array.from({ length: k + 1 }, (_, c) => rows.map((row) => row[c] as number));
  const corr = correlationMatrix(columns);
  // R² of every subset, indexed by bitmask.
  const r2 = new Array<number>(1 << k).fill(0);
  for (let mask = 1; mask < 1 << k; mask++) {
    const subset: number[] = [];
    for (let i = 0; i < k; i++) if (mask & (1 << i)) subset.push(i);
    r2[mask] = rSquared(corr, subset);
  }
  const shapley = new Array<number>(k).fill(0);
  for (let mask = 0; mask < 1 << k; mask++) {
    let size = 0;
    for (let i = 0; i < k; i++) if (mask & (1 << i)) size++;
    const weight = (factorial(size) * factorial(k - size - 1)) / factorial(k);
    for (let j = 0; j < k; j++) {
      if (mask & (1 << j)) continue;
      shapley[j] = (shapley[j] as number) + weight * ((r2[mask | (1 << j)] as number) - (r2[mask] as number));
    }
  }
  const full = r2[(1 << k) - 1] as number;
  return {
    n,
    r2: full,
    drivers: input.predictors.map((p, j) => ({
      id: p.id,
      shapley: shapley[j] as number,
      share: full > 0 ? (shapley[j] as number) / full : 0,
      mean: mean(columns[j + 1] as number[]),
    })),
  };
}
