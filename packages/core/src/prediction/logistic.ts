// L2-regularised logistic regression fitted by Newton's method (with a backtracking line search): a few
// exact steps on a d×d system, deterministic, and fast for the tens to hundreds of columns churn data has.

export interface LogisticFit {
  intercept: number;
  weights: number[];
  iterations: number;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function logLoss(p: number, y: number): number {
  const eps = 1e-12;
  return -(y * Math.log(Math.max(p, eps)) + (1 - y) * Math.log(Math.max(1 - p, eps)));
}

/** Solves A x = b for a symmetric positive-definite A (row-major, d×d) by Cholesky; A is overwritten. */
function choleskySolve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  for (let j = 0; j < d; j++) {
    let s = a[j * d + j] as number;
    for (let k = 0; k < j; k++) s -= (a[j * d + k] as number) ** 2;
    const diag = Math.sqrt(Math.max(s, 1e-12));
    a[j * d + j] = diag;
    for (let i = j + 1; i < d; i++) {
      let t = a[i * d + j] as number;
      for (let k = 0; k < j; k++) t -= (a[i * d + k] as number) * (a[j * d + k] as number);
      a[i * d + j] = t / diag;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let t = b[i] as number;
    for (let k = 0; k < i; k++) t -= (a[i * d + k] as number) * (y[k] as number);
    y[i] = t / (a[i * d + i] as number);
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let t = y[i] as number;
    for (let k = i + 1; k < d; k++) t -= (a[k * d + i] as number) * (x[k] as number);
    x[i] = t / (a[i * d + i] as number);
  }
  return x;
}

/**
 * Fits weights minimising Σ logloss + λ/2 ‖w‖² (the intercept is not penalised). Rows are the standardised
 * design matrix; `lambda` is in units of the summed loss, so it weighs less as data grows.
 */
export function fitLogistic(
  rows: readonly Float64Array[],
  labels: readonly number[],
  lambda: number,
  /** A starting point (a fit with a nearby penalty): fewer Newton steps along a path of penalties. */
  start?: { intercept: number; weights: readonly number[] },
): LogisticFit {
  const n = rows.length;
  const d = (rows[0]?.length ?? 0) + 1;
  const w = new Float64Array(d);
  const positives = labels.reduce((s, y) => s + y, 0);
  w[0] = Math.log((positives + 0.5) / (n - positives + 0.5));
  if (start && start.weights.length === d - 1) {
    w[0] = start.intercept;
    w.set(start.weights, 1);
  }
  const ridge = Math.max(lambda, 1e-6);
  const objective = (v: Float64Array) => {
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const x = rows[i] as Float64Array;
      let z = v[0] as number;
      for (let j = 1; j < d; j++) z += (v[j] as number) * (x[j - 1] as number);
      loss += logLoss(sigmoid(z), labels[i] as number);
    }
    let penalty = 0;
    for (let j = 1; j < d; j++) penalty += (v[j] as number) ** 2;
    return loss + (ridge / 2) * penalty;
  };
  let current = objective(w);
  let iterations = 0;
  for (; iterations < 30; iterations++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    const xi = new Float64Array(d);
    xi[0] = 1;
    for (let i = 0; i < n; i++) {
      const x = rows[i] as Float64Array;
      for (let j = 1; j < d; j++) xi[j] = x[j - 1] as number;
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (xi[j] as number);
      const p = sigmoid(z);
      const r = p - (labels[i] as number);
      const s = Math.max(p * (1 - p), 1e-10);
      for (let j = 0; j < d; j++) {
        const xj = xi[j] as number;
        if (xj === 0) continue;
        grad[j] = (grad[j] as number) + r * xj;
        const sx = s * xj;
        const rowOffset = j * d;
        for (let k = 0; k <= j; k++)
          hess[rowOffset + k] = (hess[rowOffset + k] as number) + sx * (xi[k] as number);
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k] as number;
      if (j > 0) {
        grad[j] = (grad[j] as number) + ridge * (w[j] as number);
        hess[j * d + j] = (hess[j * d + j] as number) + ridge;
      } else {
        hess[0] = (hess[0] as number) + 1e-8;
      }
    }
    const step = choleskySolve(hess, grad, d);
    let t = 1;
    let next = new Float64Array(d);
    let value = current;
    for (let tries = 0; tries < 20; tries++) {
      next = w.map((v, j) => v - t * (step[j] as number));
      value = objective(next);
      if (value <= current + 1e-12) break;
      t /= 2;
    }
    if (value > current + 1e-12) break;
    const change = step.reduce((m, v) => Math.max(m, Math.abs(v * t)), 0);
    w.set(next);
    const improvement = current - value;
    current = value;
    if (change < 1e-5 || improvement < 1e-8 * Math.max(1, Math.abs(current))) {
      iterations++;
      break;
    }
  }
  return { intercept: w[0] as number, weights: Array.from(w.subarray(1)), iterations };
}
